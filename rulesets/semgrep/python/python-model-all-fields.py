from django import forms
from rest_framework import serializers

from loans.models import Borrower, Loan, Rate


# a serializer may only ever be used to read (nested, list views): not reported
class BorrowerSerializer(serializers.ModelSerializer):
    class Meta:
        model = Borrower
        # ok: python-model-all-fields
        fields = "__all__"


class BorrowerForm(forms.ModelForm):
    class Meta:
        model = Borrower
        # ruleid: python-model-all-fields
        fields = "__all__"


class LoanForm(forms.ModelForm):
    class Meta:
        model = Loan
        # ruleid: python-model-all-fields
        fields = '__all__'


class RateSerializer(serializers.ModelSerializer):
    class Meta:
        model = Rate
        # ok: python-model-all-fields
        fields = "__all__"
        read_only_fields = ("id", "rate", "created")


class BorrowerPublicSerializer(serializers.ModelSerializer):
    class Meta:
        model = Borrower
        # ok: python-model-all-fields
        fields = ("id", "name")


class LoanFilterSet:
    class Meta:
        model = Loan
        # ok: python-model-all-fields
        fields = "__all__"
