// Awaited calls with type arguments: semgrep reads `await f<T>(x)` as a call of `await f`.
import { execa, execaCommand } from "execa";
import { Request, Response } from "express";

export async function exportStatement(req: Request, res: Response) {
  // ruleid: javascript-command-injection
  const out = await execaCommand<{ encoding: "utf8" }>(`pdftk statement.pdf cat ${req.query.pages}`);
  // ruleid: javascript-command-injection
  const viaProgram = await execa<{ encoding: "utf8" }>(req.body.converter, ["statement.pdf"]);
  // ok: javascript-command-injection
  const fixed = await execa<{ encoding: "utf8" }>("pdftk", ["statement.pdf", "cat", String(req.query.pages)]);
  // ok: javascript-command-injection
  const constant = await execaCommand<{ encoding: "utf8" }>("pdftk statement.pdf dump_data");
  res.send([out.stdout, viaProgram.stdout, fixed.stdout, constant.stdout].join("\n"));
}
