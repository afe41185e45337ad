import { Request, Response } from "express";

export async function updateLoan(req: Request, res: Response) {
  const repo = dataSource.getRepository(Loan);
  const loan = await repo.findOneByOrFail({ id: Number(req.params.id) });
  // ruleid: javascript-mass-assignment
  repo.merge(loan, req.body);
  // ok: javascript-mass-assignment
  repo.merge(loan, { comment: String(req.body.comment) });
  await repo.save(loan);
  res.json(loan);
}
