from flask import Blueprint, Flask, abort, render_template, session
from flask_login import current_user, login_required

app = Flask(__name__)
admin_routes = Blueprint("admin_routes", __name__, template_folder="templates")


# ruleid: python-flask-admin-route-unprotected
@admin_routes.route("/admin")
def admin():
    users = db.userstore.get_users()
    return render_template("admin.html", users=users)


# ruleid: python-flask-admin-route-unprotected
@app.route("/admin/users/<int:user_id>/delete", methods=["POST"])
def admin_delete_user(user_id):
    db.userstore.delete_user_by_id(user_id)
    return "deleted"


# ok: python-flask-admin-route-unprotected
@admin_routes.route("/admin/panel")
@login_required
def admin_panel():
    return render_template("admin.html")


# ok: python-flask-admin-route-unprotected
@app.route("/admin")
@admin_required
def admin_guarded():
    return render_template("admin.html")


# ok: python-flask-admin-route-unprotected
@app.route("/admin/settings")
def admin_settings():
    if not current_user.is_authenticated or not current_user.is_admin:
        abort(403)
    return render_template("settings.html")


# ok: python-flask-admin-route-unprotected
@app.route("/admin/stats")
def admin_stats():
    if session.get("role") != "admin":
        return "forbidden", 403
    return render_template("stats.html")


# ok: python-flask-admin-route-unprotected
@app.route("/administration-guide")
def admin_guide():
    return render_template("guide.html")


# ok: python-flask-admin-route-unprotected
@app.route("/about")
def about():
    return render_template("about.html")


# ruleid: python-flask-admin-route-unprotected
@admin_routes.route("/admin/users")
def admin_users():
    users = db.userstore.get_users()
    return render_template("users.html", users=users, current_user=current_user)


# ok: python-flask-admin-route-unprotected
@app.route("/admin/audit")
def admin_audit():
    if g.user is None:
        return redirect(url_for("login"))
    return render_template("audit.html")
