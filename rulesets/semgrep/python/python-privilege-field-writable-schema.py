from typing import Optional

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from pydantic import BaseModel
from rest_framework import serializers

from .models import Branch, Officer


# a serializer of the user model that binds every field: is_staff, is_superuser, groups and
# user_permissions are writable from the request body
# ruleid: python-privilege-field-writable-schema
class OfficerAccountSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = "__all__"


# ruleid: python-privilege-field-writable-schema
class SignupForm(forms.ModelForm):
    class Meta:
        model = get_user_model()
        fields = "__all__"


# the privilege fields kept read-only
# ok: python-privilege-field-writable-schema
class ProfileSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = "__all__"
        read_only_fields = ["is_staff", "is_superuser", "groups", "user_permissions"]


# every field bound, then narrowed in the form's own code before use
# ok: python-privilege-field-writable-schema
class MemberApplicationForm(forms.ModelForm):
    class Meta:
        model = User
        fields = "__all__"

    def __init__(self, allowed, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["groups"]
        for name in list(self.fields):
            if name not in allowed:
                self.fields.pop(name)


# explicit fields
# ok: python-privilege-field-writable-schema
class AccountSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = ["username", "email", "first_name"]


# not a user model
# ok: python-privilege-field-writable-schema
class BranchSerializer(serializers.ModelSerializer):
    class Meta:
        model = Branch
        fields = "__all__"


# a request schema (FastAPI validates the body against it) that declares a privilege field
class OfficerUpdate(BaseModel):
    full_name: Optional[str] = None
    # ruleid: python-privilege-field-writable-schema
    is_admin: Optional[bool] = None


class OfficerCreateRequest(BaseModel):
    email: str
    # ruleid: python-privilege-field-writable-schema
    role: str = "officer"


# a response schema shows the role, the client sets nothing through it
class OfficerOut(BaseModel):
    email: str
    # ok: python-privilege-field-writable-schema
    role: str


class OfficerPatch(BaseModel):
    # ok: python-privilege-field-writable-schema
    phone: Optional[str] = None
