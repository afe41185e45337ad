import { Body, Controller, Param, Patch, Post, UseGuards } from "@nestjs/common";

@Controller("officers")
@UseGuards(JwtAuthGuard)
export class OfficersController {
  constructor(private readonly officers: OfficerService) {}

  @Patch(":id/profile")
  update(@Param("id") id: string, @Body("phone") phone: string, @Body("role") role: string) {
    // ruleid: javascript-privilege-field-from-request
    return this.officers.updateProfile(id, phone, role);
  }

  // an administrators' route: the role is theirs to set
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles("admin")
  @Post(":id/role")
  setRole(@Param("id") id: string, @Body("role") role: string) {
    // ok: javascript-privilege-field-from-request
    return this.officers.setRole(id, role);
  }

  // an optional field, an authentication guard only
  @Patch(":id/contact")
  contact(@Param("id") id: string, @Body("email") email?: string, @Body("isAdmin") isAdmin?: boolean) {
    // ruleid: javascript-privilege-field-from-request
    return this.officers.updateContact(id, email, isAdmin);
  }

  @Post(":id/phone")
  setPhone(@Param("id") id: string, @Body("phone") phone: string) {
    // ok: javascript-privilege-field-from-request
    return this.officers.setPhone(id, phone);
  }
}
