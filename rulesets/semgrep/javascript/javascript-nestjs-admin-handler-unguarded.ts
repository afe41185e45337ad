import { Body, Controller, Delete, Get, Param, Patch, Post, UseGuards } from "@nestjs/common";

@Controller("admin/branches")
export class BranchAdminController {
  constructor(private readonly branches: BranchService) {}

  // ruleid: javascript-nestjs-admin-handler-unguarded
  @Get()
  list() {
    return this.branches.all();
  }

  // ruleid: javascript-nestjs-admin-handler-unguarded
  @Delete(":id")
  async remove(@Param("id") id: string) {
    return this.branches.remove(id);
  }
}

@UseGuards(JwtAuthGuard, RolesGuard)
@Controller("admin/limits")
export class LimitsAdminController {
  constructor(private readonly limits: LimitService) {}

  // guarded with the whole class
  // ok: javascript-nestjs-admin-handler-unguarded
  @Get()
  list() {
    return this.limits.all();
  }
}

@Controller("officers")
export class OfficersController {
  constructor(private readonly officers: OfficerService) {}

  // not an administrative route
  // ok: javascript-nestjs-admin-handler-unguarded
  @Get("me")
  me() {
    return this.officers.current();
  }

  // ruleid: javascript-nestjs-admin-handler-unguarded
  @Post(":id/promote")
  promote(@Param("id") id: string) {
    return this.officers.promote(id);
  }

  // guarded at the method
  // ok: javascript-nestjs-admin-handler-unguarded
  @UseGuards(AdminGuard)
  @Patch(":id/roles")
  setRoles(@Param("id") id: string, @Body() roles: string[]) {
    return this.officers.setRoles(id, roles);
  }

  // a role decorator read by a guard
  // ok: javascript-nestjs-admin-handler-unguarded
  @Roles("admin")
  @Post(":id/permissions")
  grant(@Param("id") id: string, @Body() permissions: string[]) {
    return this.officers.grant(id, permissions);
  }
}

@Controller("users")
export class UsersController {
  constructor(private readonly users: UserService) {}

  // the removal of a user
  // ruleid: javascript-nestjs-admin-handler-unguarded
  @Delete(":id")
  remove(@Param("id") id: string) {
    return this.users.remove(id);
  }

  // ok: javascript-nestjs-admin-handler-unguarded
  @Get(":id")
  find(@Param("id") id: string) {
    return this.users.find(id);
  }
}

// only an authentication guard: every signed-in client (a borrower's token too) passes it
@UseGuards(JwtAuthGuard)
@Controller("repayments")
export class RepaymentsController {
  constructor(private readonly repayments: RepaymentService) {}

  // ok: javascript-nestjs-admin-handler-unguarded
  @Post(":id/pay")
  pay(@Param("id") id: string) {
    return this.repayments.pay(id);
  }

  // ruleid: javascript-nestjs-admin-handler-unguarded
  @Post("admin/run-accruals")
  runAccruals() {
    return this.repayments.runAccruals();
  }

  // a role decorator on the handler
  // ok: javascript-nestjs-admin-handler-unguarded
  @Roles("admin")
  @Post("admin/write-off")
  writeOff() {
    return this.repayments.writeOff();
  }

  // an authorization guard on the handler
  // ok: javascript-nestjs-admin-handler-unguarded
  @UseGuards(PermissionsGuard)
  @Post("admin/reverse")
  reverse() {
    return this.repayments.reverse();
  }

  // ruleid: javascript-nestjs-admin-handler-unguarded
  @UseGuards(AuthGuard("jwt"))
  @Post("admin/recalculate")
  recalculate() {
    return this.repayments.recalculate();
  }
}

@UseGuards(AuthGuard("jwt"))
@Roles("admin")
@Controller("admin/fees")
export class FeesAdminController {
  constructor(private readonly fees: FeeService) {}

  // a role decorator on the class
  // ok: javascript-nestjs-admin-handler-unguarded
  @Post()
  create(@Body() fee: FeeDto) {
    return this.fees.create(fee);
  }
}

@UseGuards(JwtAuthGuard, AdminGuard)
@Controller("admin/rates")
export class RatesAdminController {
  constructor(private readonly rates: RateService) {}

  // an authorization guard next to the authentication guard
  // ok: javascript-nestjs-admin-handler-unguarded
  @Post()
  create(@Body() rate: RateDto) {
    return this.rates.create(rate);
  }
}

// @ApiBearerAuth and @ApiSecurity only document the security scheme for Swagger; they check nothing
@ApiTags("Disbursements")
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@Controller("disbursements")
export class DisbursementsController {
  constructor(private readonly disbursements: DisbursementService) {}

  // ruleid: javascript-nestjs-admin-handler-unguarded
  @ApiOperation({ summary: "Run the nightly disbursement batch (admin / cron endpoint)" })
  @Post("admin/run-batch")
  runBatch() {
    return this.disbursements.runBatch();
  }

  // ruleid: javascript-nestjs-admin-handler-unguarded
  @ApiSecurity("bearer")
  @Post("admin/retry-failed")
  retryFailed() {
    return this.disbursements.retryFailed();
  }
}
