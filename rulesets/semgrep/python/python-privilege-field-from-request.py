from flask import request, jsonify
from django.contrib.admin.views.decorators import staff_member_required


def register():
    data = request.get_json()
    # ok: python-privilege-field-from-request
    if "admin" in data:
        # ruleid: python-privilege-field-from-request
        admin = bool(data["admin"])
    else:
        admin = False
    user = User(username=data["username"], admin=admin)
    db.session.add(user)


def signup_form():
    # ruleid: python-privilege-field-from-request
    role = request.form.get("role", "client")
    return create_user(request.form["email"], role=role)


def update_profile(request):
    payload = request.POST
    # ruleid: python-privilege-field-from-request
    user.is_staff = payload.get("is_staff") == "on"
    user.save()


def signup_json():
    body = request.json
    # ruleid: python-privilege-field-from-request
    make_user(body["email"], is_superuser=body.get("isAdmin"))


def plain_fields():
    data = request.get_json()
    # ok: python-privilege-field-from-request
    return User(username=data["username"], email=data.get("email"))


@staff_member_required
def grant(request):
    # ok: python-privilege-field-from-request
    role = request.POST.get("role")
    assign(request.POST["user"], role)


def from_settings(config):
    # ok: python-privilege-field-from-request
    return config.get("admin")


@app.route("/register", methods=["POST"])
def register_route():
    # ruleid: python-privilege-field-from-request
    return make_user(request.json["email"], admin=request.json.get("admin"))


# A permission decorator under another name (`@permission(Scope.admin_users)`,
# `@requires_permission("manage_staff")`) restricts the endpoint like @permission_required;
# a login check alone does not.
@app.route("/admin/users/<user_id>", methods=["PUT"])
@permission(Scope.admin_users)
def admin_edit_user(user_id):
    # ok: python-privilege-field-from-request
    return set_roles(user_id, request.json.get("roles"))


@api.put("/staff/<staff_id>")
@auth.requires_permission("manage_staff")
def edit_staff(staff_id):
    # ok: python-privilege-field-from-request
    return set_roles(staff_id, request.json["role"])


@app.route("/profile", methods=["PUT"])
@login_required
def edit_profile():
    # ruleid: python-privilege-field-from-request
    return set_roles(current_user.id, request.json.get("roles"))


# A role read from the query string only to choose which records to look up (the memberships a
# member holds as owner or moderator) grants nothing; the same value given to a create or
# update call, or set on a record, still grants it.
@login_required
def member_options(request, loan_id, email):
    # ok: python-privilege-field-from-request
    role = request.GET.get("role")
    member = registry.find_members(address=email, role=role)[0]
    return render(request, "member.html", {"member": member})


@login_required
def my_loans(request):
    # ok: python-privilege-field-from-request
    role = request.GET.get("role", None)
    loans = LoanOfficer.objects.filter(user=request.user, role=role)
    return render(request, "loans.html", {"loans": loans})


@login_required
def join_branch(request, branch_id):
    # ruleid: python-privilege-field-from-request
    role = request.POST.get("role")
    branch = Branch.objects.get(pk=branch_id)
    branch.members.create(user=request.user, role=role)


@login_required
def switch_role(request):
    # ruleid: python-privilege-field-from-request
    role = request.GET.get("role")
    officers = LoanOfficer.objects.filter(user=request.user, role=role)
    request.user.role = role
    request.user.save()
    return officers


@login_required
def update_membership(request, member_id):
    # ruleid: python-privilege-field-from-request
    role = request.POST.get("role")
    member = registry.find_members(member_id=member_id)[0]
    member.update(role=role)


def loan_search_url(request, base):
    # the role only picks which literal filter goes into a search link
    # ok: python-privilege-field-from-request
    role = request.GET.get("role") or ""
    url = base + "?"
    if role == "approved":
        url = f"{url}state=approved&"
    elif role == "overdue":
        url = f"{url}state=overdue&"
    return url


def loan_officer_role(request, user):
    # compared, and also given on
    # ruleid: python-privilege-field-from-request
    role = request.GET.get("role") or ""
    if role == "officer":
        user.role = role
    user.save()


def loan_officer_flag(request, user):
    # ruleid: python-privilege-field-from-request
    role = request.GET.get("role")
    is_admin = role == "admin"
    return grant(user, is_admin)



# A role read straight into a look-up's keyword (`filter(role=params.get("role"))`), alone or
# behind a test that it was given: it chooses which officers are listed, nothing is granted.
@login_required
def list_branch_officers(request):
    params = request.GET
    officers = LoanOfficer.objects.filter(branch=request.user.branch)
    # ok: python-privilege-field-from-request
    if params.get("role"):
        # ok: python-privilege-field-from-request
        officers = officers.filter(role=params.get("role"))
    # ok: python-privilege-field-from-request
    return officers.exclude(role=request.GET.get("role", ""))


# The same test, with the role then written on the user: reported.
@login_required
def set_officer_role(request):
    params = request.POST
    # ruleid: python-privilege-field-from-request
    if params.get("role"):
        # ruleid: python-privilege-field-from-request
        request.user.role = params.get("role")
        request.user.save()
    # ruleid: python-privilege-field-from-request
    return LoanOfficer.objects.create(user=request.user, role=request.POST.get("role"))
