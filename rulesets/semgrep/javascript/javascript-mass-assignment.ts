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

// Koa: fields picked one by one through an alias of the body
export async function createProduct(ctx: any) {
  const body = ctx.request.body;
  const input = {
    title: body.title,
    rate: body.rate,
    ownerId: ctx.user.id,
  };
  // ok: javascript-mass-assignment
  const product = await sdk.products.create(input);
  // ok: javascript-mass-assignment
  await sdk.products.update(body.limits);
  const copy = { ...body, ownerId: ctx.user.id };
  // ruleid: javascript-mass-assignment
  await sdk.products.update(copy);
  // ruleid: javascript-mass-assignment
  await sdk.products.create(body);
  ctx.body = product;
}

// one field taken by destructuring, like req.body.schedule
export async function saveSchedule(ctx: any) {
  const { schedule } = ctx.request.body;
  // ok: javascript-mass-assignment
  await sdk.schedules.update(ctx.params.id, schedule);
  const { id, ...rest } = ctx.request.body;
  // ruleid: javascript-mass-assignment
  await sdk.schedules.update(rest);
}

// an AWS SDK command object is no model (semgrep cannot tie the name to its import)
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
export async function presign(ctx: any) {
  const { fileName } = ctx.request.body;
  const target = ctx.request.body;
  // ok: javascript-mass-assignment
  const cmd = new PutObjectCommand(target);
  // ruleid: javascript-mass-assignment
  const draft = new LoanDraft(target);
  return [cmd, draft, fileName];
}

export async function importLoan(ctx: any) {
  const body = ctx.request.body;
  // ruleid: javascript-mass-assignment
  await Loan.create(body.valueOf());
}

// a literal of named fields holds only the keys it writes, though one of its values was computed
// from the whole body; a spread of the body into it, or the computed value written alone, is not
// so bounded
export async function saveRepaymentPlan(ctx: any) {
  const plan = ctx.request.body;
  const { loanId } = plan;
  const schedule = await normaliseSchedule(plan);
  const parsedPlan = {
    title: plan.title,
    schedule,
    loanId: plan.loanId,
  };
  // ok: javascript-mass-assignment
  await sdk.plans.create(loanId, parsedPlan);
  // ok: javascript-mass-assignment
  await sdk.plans.update(loanId, parsedPlan);
  const widened = { ...plan, schedule };
  // ruleid: javascript-mass-assignment
  await sdk.plans.update(loanId, widened);
  // ruleid: javascript-mass-assignment
  await sdk.plans.update(loanId, schedule);
  // ruleid: javascript-mass-assignment
  await sdk.plans.update(loanId, plan);
  // ruleid: javascript-mass-assignment
  await prisma.plan.update({ where: { id: loanId }, data: plan });
  // ruleid: javascript-mass-assignment
  await prisma.plan.create({ data: ctx.request.body });
}
