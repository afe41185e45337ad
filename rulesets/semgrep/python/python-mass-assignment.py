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
