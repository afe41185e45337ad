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
