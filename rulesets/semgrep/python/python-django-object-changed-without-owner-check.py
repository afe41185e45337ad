from django.contrib.auth.decorators import login_required, permission_required, user_passes_test
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render

from .forms import RepaymentForm
from .models import Guarantee, Repayment


@login_required
def approve_guarantee(request, ref):
    # any signed-in user can approve any guarantee: nothing ties it to the caller
    # ruleid: python-django-object-changed-without-owner-check
    guarantee = get_object_or_404(Guarantee, ref=ref, status="pending")
    guarantee.status = "approved"
    guarantee.save()
    return redirect("guarantees")


@login_required
def delete_repayment(request, ref):
    # ruleid: python-django-object-changed-without-owner-check
    repayment = get_object_or_404(Repayment, ref=ref)
    if repayment.status == "draft":
        repayment.delete()
    return redirect("repayments")


@login_required
def edit_repayment(request, ref):
    # ruleid: python-django-object-changed-without-owner-check
    repayment = get_object_or_404(Repayment, ref=ref)
    form = RepaymentForm(request.POST or None, instance=repayment)
    if form.is_valid():
        form.save()
        return redirect("repayments")
    return render(request, "repayment_form.html", {"form": form})


@login_required
def approve_own_guarantee(request, ref):
    # the lookup is limited to the caller's own rows
    # ok: python-django-object-changed-without-owner-check
    guarantee = get_object_or_404(Guarantee, ref=ref, guarantor=request.user)
    guarantee.status = "approved"
    guarantee.save()
    return redirect("guarantees")


@login_required
def delete_own_repayment(request, ref):
    # ok: python-django-object-changed-without-owner-check
    repayment = get_object_or_404(request.user.repayments, ref=ref)
    repayment.delete()
    return redirect("repayments")


@login_required
def cancel_repayment(request, ref):
    # the owner is compared before the change
    # ok: python-django-object-changed-without-owner-check
    repayment = get_object_or_404(Repayment, ref=ref)
    if repayment.borrower != request.user:
        raise PermissionDenied
    repayment.status = "cancelled"
    repayment.save()
    return redirect("repayments")


@login_required
@permission_required("loans.change_guarantee")
def officer_approve_guarantee(request, ref):
    # a staff permission guards the view
    # ok: python-django-object-changed-without-owner-check
    guarantee = get_object_or_404(Guarantee, ref=ref)
    guarantee.status = "approved"
    guarantee.save()
    return redirect("guarantees")


@user_passes_test(lambda u: u.is_staff)
@login_required
def staff_delete_repayment(request, ref):
    # ok: python-django-object-changed-without-owner-check
    repayment = get_object_or_404(Repayment, ref=ref)
    repayment.delete()
    return redirect("repayments")


@login_required
def show_repayment(request, ref):
    # read only: not reported by this rule
    # ok: python-django-object-changed-without-owner-check
    repayment = get_object_or_404(Repayment, ref=ref)
    return render(request, "repayment.html", {"repayment": repayment})


def public_guarantee_hook(request, ref):
    # no login_required: an endpoint of another kind (webhook, signed link) is out of scope
    # ok: python-django-object-changed-without-owner-check
    guarantee = get_object_or_404(Guarantee, ref=ref)
    guarantee.seen = True
    guarantee.save()
    return redirect("guarantees")


@login_required
def endorse_guarantee(request, ref):
    # the change records the caller's own vote on a shared object: that is what any signed-in
    # user may do
    endorser = request.user
    # ok: python-django-object-changed-without-owner-check
    guarantee = get_object_or_404(Guarantee, ref=ref)
    if not guarantee.endorsed_by.contains(endorser):
        guarantee.endorsements += 1
        guarantee.endorsed_by.add(endorser)
    guarantee.save()
    return redirect("guarantees")


@login_required
def unfollow_repayment(request, ref):
    # ok: python-django-object-changed-without-owner-check
    repayment = get_object_or_404(Repayment, ref=ref)
    repayment.followers.remove(request.user)
    repayment.save()
    return redirect("repayments")
