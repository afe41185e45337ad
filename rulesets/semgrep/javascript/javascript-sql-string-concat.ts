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

// A class that wraps the driver in its own runner named for raw SQL (queryRaw, sqlRaw): the
// method's parameter reaches the text the runner executes.
export class ScheduleLookup {
  constructor(private readonly store: LedgerStore) {}

  async byContract(contractNo: string): Promise<LoanRow[]> {
    const text = `SELECT * FROM schedules WHERE contract_no = '${contractNo}'`;
    // ruleid: javascript-sql-string-concat
    return this.store.queryRaw(text);
  }

  async byBranch(branchCode: string): Promise<LoanRow[]> {
    // ruleid: javascript-sql-string-concat
    return this.store.sqlRaw(`DELETE FROM drafts WHERE branch = '${branchCode}'`);
  }

  async byContractBound(contractNo: string): Promise<LoanRow[]> {
    // ok: javascript-sql-string-concat
    return this.store.queryRaw("SELECT * FROM schedules WHERE contract_no = $1", [contractNo]);
  }

  async countAll(): Promise<LoanRow[]> {
    const table = "schedules";
    // ok: javascript-sql-string-concat
    return this.store.queryRaw(`SELECT count(*) FROM ${table}`);
  }
}
