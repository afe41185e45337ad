def approve_loan(user, loan):
    # ruleid: python-assert-for-security
    assert user.has_perm("loans.approve"), "forbidden"
    # ruleid: python-assert-for-security
    assert loan.client_id == user.client_id
    # ok: python-assert-for-security
    assert loan.amount > 0
    if not user.has_perm("loans.approve"):
        raise PermissionError("forbidden")
    loan.status = "approved"
