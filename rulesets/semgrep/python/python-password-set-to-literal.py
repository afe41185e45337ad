from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User


def reset_password(request):
    user = User.objects.get(username=request.POST["username"])
    # every reset account gets the same known password
    # ruleid: python-password-set-to-literal
    user.set_password("password")
    user.save()


def seed_admin():
    admin = User(username="admin")
    # ruleid: python-password-set-to-literal
    admin.password = make_password("admin123")
    admin.save()


def reset_password_safe(request, form):
    user = User.objects.get(username=request.POST["username"])
    # ok: python-password-set-to-literal
    user.set_password(form.cleaned_data["new_password1"])
    user.save()


def disable_login(user):
    # an unusable password is Django's own way of closing password logins
    # ok: python-password-set-to-literal
    user.set_unusable_password()
    # ok: python-password-set-to-literal
    user.set_password(None)
    user.save()


def clear(user):
    # ok: python-password-set-to-literal
    user.set_password("")
