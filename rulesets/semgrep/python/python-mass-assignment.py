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
