// Awaited calls with type arguments: semgrep reads `await f<T>(x)` as a call of `await f`.
import * as fse from "fs-extra";
import * as path from "path";
import { Request, Response } from "express";

interface ScheduleFile {
  rows: number[];
}

export async function loadSchedule(req: Request, res: Response) {
  // ruleid: javascript-path-traversal
  const raw = await fse.readJson<ScheduleFile>("/srv/schedules/" + req.params.name);
  // ruleid: javascript-path-traversal
  const copy = await fse.readFile<Buffer>(path.join("/srv/schedules", req.query.file as string));
  // ok: javascript-path-traversal
  const fixed = await fse.readJson<ScheduleFile>("/srv/schedules/default.json");
  res.json([raw, copy, fixed]);
}
