from flask import Flask, request
from pydantic import BaseModel

app = Flask(__name__)


class LoanIn(BaseModel):
    amount: int
    term_days: int


@app.post("/loans")
def create_loan():
    data = request.get_json()
    # ruleid: python-mass-assignment
    loan = Loan(**data)
    db.session.add(loan)
    # ok: python-mass-assignment
    db.session.add(Loan(amount=data["amount"], term_days=data["term_days"], status="new"))
    payload = LoanIn(**data).model_dump()
    # ok: python-mass-assignment
    db.session.add(Loan(**payload))
    db.session.commit()
    return "ok"


def update_profile(request, pk):
    # ruleid: python-mass-assignment
    Client.objects.filter(pk=pk).update(**request.POST.dict())
    client = Client.objects.get(pk=pk)
    for key, value in request.POST.items():
        # ruleid: python-mass-assignment
        setattr(client, key, value)
    # ok: python-mass-assignment
    setattr(client, "phone", request.POST["phone"])
    client.save()


# A body parameter annotated with a pydantic model is validated by the framework: its
# model_dump() holds the fields the model declares, no others; a plain dict body, or a field
# name the client sends, still is the client's choice.
@router.patch("/loans/{loan_id}")
async def update_loan_terms(loan_update: schemas.LoanUpdate, loan: Loan = Depends(get_loan)):
    changes = loan_update.model_dump(exclude_unset=True)
    for field, value in changes.items():
        # ok: python-mass-assignment
        setattr(loan, field, value)
    return loan


@router.patch("/clients/{client_id}")
async def update_client_raw(payload: dict, client: Client = Depends(get_client)):
    for field, value in payload.items():
        # ruleid: python-mass-assignment
        setattr(client, field, value)
    return client


@router.patch("/clients/{client_id}/field")
async def update_client_field(name: str, value: str, client: Client = Depends(get_client)):
    # ruleid: python-mass-assignment
    setattr(client, name, value)
    return client


# A Django form bound to the request holds, once valid, the fields its class declares and no
# others: its cleaned_data, changed_data and fields name those fields only. The request's own
# keys, or a form's data before validation, still are the client's choice.
def edit_loan_terms(request, pk):
    loan = Loan.objects.get(pk=pk)
    form = LoanTermsForm(request.POST, instance=loan)
    if form.is_valid():
        for key in form.changed_data:
            # ok: python-mass-assignment
            setattr(loan, key, form.cleaned_data[key])
        for key in list(form.fields.keys()):
            # ok: python-mass-assignment
            setattr(loan, key, form.cleaned_data[key])
        # ok: python-mass-assignment
        Loan.objects.filter(pk=pk).update(**form.cleaned_data)
        for key in form.data:
            # ruleid: python-mass-assignment
            setattr(loan, key, form.data[key])
    loan.save()


def edit_loan_status(request, pk):
    loan = Loan.objects.get(pk=pk)
    form = LoanStatusForm(request.POST)
    if not form.is_valid():
        return render(request, "loan.html", {"form": form})
    # ok: python-mass-assignment
    Loan.objects.filter(pk=pk).update(**form.cleaned_data)
    for key, value in request.POST.items():
        # ruleid: python-mass-assignment
        setattr(loan, key, value)
    return redirect("loan", pk)


# A value stored under a constant key is that one field's value: the dictionary's keys stay the
# validated data's and the code's, though the value was computed from the request. The request's
# whole mapping stored under a key and spread again, and a key the request chose, stay reported.
def edit_repayment(request, pk):
    repayment = Repayment.objects.get(pk=pk)
    serializer = RepaymentSerializer(repayment, data=request.data, partial=True)
    serializer.is_valid(raise_exception=True)
    changes = dict(serializer.validated_data)
    if "branch" in request.data:
        changes["branch"] = branch_for_officer(request.data, request.user)
    changes["note"] = request.data.get("note", "")
    for field, value in changes.items():
        # ok: python-mass-assignment
        setattr(repayment, field, value)
    # ok: python-mass-assignment
    Repayment.objects.filter(pk=pk).update(**changes)
    extra = {}
    extra["terms"] = request.data
    for field, value in extra["terms"].items():
        # ruleid: python-mass-assignment
        setattr(repayment, field, value)
    chosen = dict(serializer.validated_data)
    chosen[request.data["field"]] = request.data["value"]
    for field, value in chosen.items():
        # ruleid: python-mass-assignment
        setattr(repayment, field, value)
    merged = dict(serializer.validated_data)
    merged["schedule"] = request.POST.copy()
    for field, value in merged["schedule"].items():
        # ruleid: python-mass-assignment
        setattr(repayment, field, value)
    created = {}
    # ruleid: python-mass-assignment
    created["plan"] = RepaymentPlan.objects.create(**request.data.dict())
    repayment.save()
