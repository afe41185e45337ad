from django import forms
from django.contrib.auth.hashers import check_password, make_password
from django.contrib.auth.models import User


class SignUpForm(forms.ModelForm):
    password = forms.CharField(widget=forms.PasswordInput)

    def save(self, commit=True):
        user = super().save(commit=False)
        # the password is stored as typed
        # ruleid: python-django-password-unhashed
        user.password = self.cleaned_data["password"]
        if commit:
            user.save()
        return user


class SafeSignUpForm(forms.ModelForm):
    def save(self, commit=True):
        user = super().save(commit=False)
        # ok: python-django-password-unhashed
        user.set_password(self.cleaned_data["password"])
        user.save()
        return user


def register(request):
    user = User(username=request.POST["username"])
    # ruleid: python-django-password-unhashed
    user.password = request.POST["password"]
    user.save()


def register_hashed(request):
    user = User(username=request.POST["username"])
    # ok: python-django-password-unhashed
    user.password = make_password(request.POST["password"])
    user.save()


def change_password(request, password):
    account = User.objects.get(pk=request.user.pk)
    # ruleid: python-django-password-unhashed
    account.password = password
    account.save()


class PlainTextAuthBackend:
    def authenticate(self, request, username=None, password=None):
        user = User.objects.get(username=username)
        # ruleid: python-django-password-unhashed
        if user.password == password:
            return user
        return None


class HashedAuthBackend:
    def authenticate(self, request, username=None, password=None):
        user = User.objects.get(username=username)
        # ok: python-django-password-unhashed
        if check_password(password, user.password):
            return user
        return None


class DatabaseSettings:
    def __init__(self, host, password):
        # a connection's password is not a user's stored password
        # ok: python-django-password-unhashed
        self.password = password


def copy_hash(source, target_id):
    target = User.objects.get(pk=target_id)
    # a stored hash copied from another row
    # ok: python-django-password-unhashed
    target.password = source.password
    target.save()
