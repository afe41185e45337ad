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


# the request's whole mapping merged over a stored record: its keys replace the record's fields
borrowers = {}


@app.post("/borrowers/<int:borrower_id>/contact")
def update_contact(borrower_id):
    changes = request.get_json()
    current = borrowers[borrower_id]
    # ruleid: python-mass-assignment
    borrowers[borrower_id] = {**current, **changes}
    return "ok"


async def update_officer_note(request, officer_id):
    note = await request.json()
    # ruleid: python-mass-assignment
    officers[officer_id] = {**officers[officer_id], **note}
    # ruleid: python-mass-assignment
    officers[officer_id] = officers[officer_id] | note
    # ok: python-mass-assignment
    preview = {**officers[officer_id], **note}
    # ok: python-mass-assignment
    officers[officer_id] = {**officers[officer_id], "note": note.get("text")}
    return preview


# rows read back from the database are not the request's fields, even when the query text was
# built from request data (that is SQL injection, reported on its own)
@app.get("/applications/search")
def search_applications():
    term = request.args.get("q", "")
    result = db.session.execute(text(f"SELECT * FROM applications WHERE name LIKE '%{term}%'"))
    rows = result.mappings().all()
    found = []
    for row in rows:
        item = type("Row", (), {})()
        for key, value in row.items():
            # ok: python-mass-assignment
            setattr(item, key, value)
        found.append(item)
    cursor = db.cursor()
    cursor.execute("SELECT * FROM loans WHERE officer = %s", (request.args["officer"],))
    for key, value in cursor.fetchone().items():
        # ok: python-mass-assignment
        setattr(found[0], key, value)
    return str(len(found))


@app.post("/schedules/<int:schedule_id>")
def patch_schedule(schedule_id):
    # ruleid: python-mass-assignment
    db.session.execute(sqlalchemy.update(Schedule).values(**request.json))
    return "ok"


def store_terms(req, approved_terms):
    # the right-hand mapping of `|` is the one whose keys win: here the server's own terms
    # ok: python-mass-assignment
    ledger[req.id] = (req.data or {}) | approved_terms


# A dictionary literal whose keys are constants names the fields itself: values computed from
# the request (a form's instance, the signed-in user) fill fields the code chose, and no key the
# client sent is added. A literal that spreads the request's mapping (`**request.POST`), holds
# the whole mapping under a key and is spread again, or takes a key from the request, stays
# reported.
def open_guarantor_account(request):
    form = GuarantorForm(request.POST)
    guarantor = form.save(commit=False)
    account_fields = {
        "holder": guarantor,
        "branch": guarantor.branch or "",
        "phone": request.POST.get("phone", ""),
    }
    if request.user.is_anonymous:
        account_fields["opened_by"] = guarantor.email
    # ok: python-mass-assignment
    GuarantorAccount.objects.create(**account_fields)
    # ok: python-mass-assignment
    GuarantorAccount.objects.filter(holder=guarantor).update(**{"status": guarantor.status})
    # ok: python-mass-assignment
    GuarantorAccount.objects.create(**dict(holder=guarantor, phone=request.POST.get("phone")))
    spread = {"holder": guarantor, **request.POST.dict()}
    # ruleid: python-mass-assignment
    GuarantorAccount.objects.create(**spread)
    nested = {"terms": request.POST.dict()}
    # ruleid: python-mass-assignment
    GuarantorAccount.objects.create(**nested["terms"])
    chosen = {request.POST["field"]: request.POST["value"]}
    # ruleid: python-mass-assignment
    GuarantorAccount.objects.create(**chosen)
    # ruleid: python-mass-assignment
    GuarantorAccount.objects.create(**dict(request.POST.items(), holder=guarantor))
