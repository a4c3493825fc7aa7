/** The progress bar: count, rate and time left, and 100% at the end; only on a terminal and for large inputs. */
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { progress } from "../src/io.js";

function terminal(): PassThrough & { isTTY: boolean; columns: number; text: () => string } {
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
  let text = "";
  stream.on("data", (d: Buffer) => (text += d.toString()));
  return Object.assign(stream, { text: () => text });
}

describe("progress", () => {
  const MB = 1024 * 1024;

  it("shows the share read, the records, their rate and the time left, and ends at 100%", async () => {
    const stderr = terminal();
    let now = 0;
    const bar = progress({ stdin: new PassThrough(), stdout: new PassThrough(), stderr }, 100 * MB, "validating x.ndjson", "en", () => now);
    now = 10_000;
    bar.records(250_000);
    bar.add(25 * MB);
    now = 20_000;
    bar.records(250_000);
    bar.add(25 * MB - 1);
    bar.records(1);
    bar.add(50 * MB + 1);
    bar.done();
    await new Promise((resolve) => setImmediate(resolve));
    const frames = stderr.text().split("\r").filter((f) => f !== "");
    expect(frames[0]).toBe("validating x.ndjson [#####...............] 25%  250000 records  25000/s  30 s left\u001b[K");
    expect(frames.at(-1)).toBe("validating x.ndjson [####################] 100%  500001 records  25000/s\u001b[K\n");
  });

  it("speaks Swedish, with Swedish numbers", async () => {
    const stderr = terminal();
    let now = 0;
    const bar = progress({ stdin: new PassThrough(), stdout: new PassThrough(), stderr }, 100 * MB, "validerar x.ndjson", "sv", () => now);
    now = 100_000;
    bar.records(1_000_000);
    bar.add(50 * MB);
    bar.done();
    await new Promise((resolve) => setImmediate(resolve));
    expect(stderr.text().split("\r")[1]).toBe("validerar x.ndjson [##########..........] 50%  1\u00a0000\u00a0000 poster  10\u00a0000/s  1 min 40 s kvar\u001b[K");
  });

  it("stays silent when stderr is no terminal or the input is small", async () => {
    const stderr = terminal();
    const bar = progress({ stdin: new PassThrough(), stdout: new PassThrough(), stderr }, MB, "x", "en", () => 0);
    bar.add(MB);
    bar.done();
    await new Promise((resolve) => setImmediate(resolve));
    expect(stderr.text()).toBe("");
  });
});
