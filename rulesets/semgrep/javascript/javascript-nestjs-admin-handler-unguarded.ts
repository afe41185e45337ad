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
