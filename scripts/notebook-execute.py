"""Executes a notebook with nbclient, as `jupyter nbconvert --to notebook
--execute` does, and keeps every output the kernel sends for a cell, also the
ones it publishes after it has told the cell is done.

    python3 scripts/notebook-execute.py <notebook> <executed-notebook> <kernel> <timeout-s>

Why (Deno 2.9's Jupyter kernel, `ext:cli/40_jupyter.js`): user code runs on a
background thread; `Deno.jupyter.display` (and an execute_result, and
console output) only puts the message into a channel (`op_jupyter_broadcast`
is synchronous, so awaiting `display` waits for nothing more), and a separate
loop on the main thread (`iopubDrainer`) takes it out, signs it and publishes
it, with the parent header of the request running *when it publishes*.
Meanwhile the execute handler sends `execute_reply` and then `status: idle`
as soon as the evaluation ends. Nothing orders the two, so now and then
`idle` overtakes the display. nbclient ends a cell at `idle` (its
`iopub_timeout` only bounds the wait for `idle` after `execute_reply`; it
never waits past `idle`), and then drops the late display, whose parent is
the finished cell, or files it under the next cell when the kernel has
already taken the next request. That is how a run lost a cell's output.

What this runner adds: after each code cell it sends the kernel one more
request, silent and out of the history, that displays a one-off token. The
token goes through the same channel, behind everything the cell put there,
and the drainer publishes in channel order. So once the token arrives, every
message of the cell has arrived: the ones that came after `idle` (with the
cell's parent, or with the flush request's parent, which is the kernel's
mislabelling) are added to the cell's outputs, and the token is left out.
The wait is for an ordered event, not for a time; it fails after the cell
timeout only when the token never comes (a kernel that died).
"""

import os
import sys
import time
import uuid
from queue import Empty

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError
from nbclient.util import ensure_async


class OrderedOutputClient(NotebookClient):
    """A NotebookClient that drains a cell's late outputs behind a token."""

    async def async_start_new_kernel_client(self):
        kc = await super().async_start_new_kernel_client()
        # Per cell id, the outputs that arrived after the cell's `idle` status (and were kept).
        self.late = {}
        execute = kc.execute

        def execute_and_record(*args, **kwargs):
            msg_id = execute(*args, **kwargs)
            self.last_request = msg_id
            return msg_id

        kc.execute = execute_and_record
        return kc

    async def async_execute_cell(self, cell, cell_index, execution_count=None, store_history=True):
        self.last_request = None
        cell = await super().async_execute_cell(cell, cell_index, execution_count, store_history)
        if self.last_request is not None:
            await self.drain_late_outputs(cell, cell_index, self.last_request)
        return cell

    async def drain_late_outputs(self, cell, cell_index, cell_request):
        token = f"notebook-execute flush {uuid.uuid4().hex}"
        code = f'await Deno.jupyter.display({{ "text/plain": "{token}" }}, {{ raw: true }});'
        flush_request = self.kc.execute(code, silent=True, store_history=False, stop_on_error=False)
        deadline = time.monotonic() + (self.timeout or 120)
        late_kinds = []
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise CellTimeoutError.error_from_timeout_and_cell(
                    "Timeout waiting for the kernel to publish the cell's last outputs", self.timeout, cell
                )
            try:
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=remaining))
            except Empty:
                continue
            if msg["parent_header"].get("msg_id") not in (cell_request, flush_request):
                continue
            kind = msg["msg_type"]
            if kind == "display_data" and msg["content"].get("data", {}).get("text/plain") == token:
                break
            if kind in ("status", "execute_input"):
                continue
            self.process_message(msg, cell, cell_index)
            late_kinds.append(f"{kind} (parent: {'the cell' if msg['parent_header'].get('msg_id') == cell_request else 'the flush request'})")
        if late_kinds:
            self.late[cell.get("id", str(cell_index))] = late_kinds


def main(argv):
    source, target, kernel, timeout = argv[1], argv[2], argv[3], int(argv[4])
    nb = nbformat.read(source, as_version=4)
    client = OrderedOutputClient(nb, kernel_name=kernel, timeout=timeout, resources={"metadata": {"path": os.path.dirname(os.path.abspath(source))}})
    client.execute()
    nbformat.write(nb, target)
    late = "; ".join(f"{cell}: {', '.join(kinds)}" for cell, kinds in client.late.items()) or "none"
    print(f"notebook-execute: outputs that arrived after their cell's idle status, kept: {late}")


if __name__ == "__main__":
    main(sys.argv)
