// TypeScript: runners awaited with type arguments.

interface LoanRow {
  id: string;
  amount: number;
}

export async function findBorrower(input: { iin: string; password: string }) {
  // ruleid: javascript-sql-string-concat
  const rows = await runRawSql<LoanRow>(`SELECT * FROM borrowers WHERE iin = '${input.iin}'`);
  // ok: javascript-sql-string-concat
  const bound = await runRawSql<LoanRow>("SELECT * FROM borrowers WHERE iin = $1", [input.iin]);
  return [rows, bound];
}

export async function repaymentsOf(prisma: PrismaClient, loanId: string) {
  const sql = `SELECT * FROM repayments WHERE loan_id = '${loanId}' ORDER BY due_date`;
  // ruleid: javascript-sql-string-concat
  return await prisma.$queryRawUnsafe<LoanRow[]>(sql);
}

export async function repaymentsOfBound(prisma: PrismaClient, loanId: string) {
  // ok: javascript-sql-string-concat
  return await prisma.$queryRawUnsafe<LoanRow[]>("SELECT * FROM repayments WHERE loan_id = $1", loanId);
}
