<?php

namespace App\Http\Controllers;

use App\Models\Borrower;
use App\Models\Loan;
use Illuminate\Http\Request;

class BorrowerController extends Controller
{
    public function register(Request $request)
    {
        // ruleid: php-mass-assignment
        return Borrower::create($request->all());
    }

    public function registerJson(Request $request)
    {
        $data = json_decode($request->getContent(), true);
        // ruleid: php-mass-assignment
        $borrower = Borrower::create($data);
        return $borrower;
    }

    public function update(Request $request, Borrower $borrower)
    {
        // ruleid: php-mass-assignment
        $borrower->fill($request->all())->save();
        // ruleid: php-mass-assignment
        $borrower->update($request->input());
        return $borrower;
    }

    public function apply(Request $request)
    {
        // ruleid: php-mass-assignment
        $loan = new Loan($request->post());
        $loan->save();
        return $loan;
    }

    public function registerChecked(Request $request)
    {
        $data = $request->validate(['name' => 'required|string', 'phone' => 'required']);
        // ok: php-mass-assignment
        return Borrower::create($data);
    }

    public function registerOnly(Request $request)
    {
        // ok: php-mass-assignment
        return Borrower::create($request->only(['name', 'phone']));
    }

    public function rename(Request $request, Borrower $borrower)
    {
        // ok: php-mass-assignment
        $borrower->update(['name' => $request->input('name')]);
        return $borrower;
    }
}

class CityController extends Controller
{
    public function store(Request $request)
    {
        $request->validate(['name' => 'required|string', 'zip_code' => 'required']);
        // the fields were listed for validation; what reaches the model depends on $fillable
        // ok: php-mass-assignment
        City::create($request->all());
        return redirect()->route('cities');
    }

    public function storeChecked(StoreCityRequest $request)
    {
        // a form request lists the fields it accepts
        // ok: php-mass-assignment
        return City::create($request->all());
    }

    public function storeLater(Request $request)
    {
        // ruleid: php-mass-assignment
        $city = City::create($request->all());
        return $city;
    }
}

function register_from_form()
{
    // ruleid: php-mass-assignment
    Borrower::create($_POST);
    $params = ['clientId' => $_POST['clientId'], 'redirectUri' => $_POST['redirectUri']];
    // named fields of the request, not the request as a whole
    // ok: php-mass-assignment
    return new OAuthProvider($params);
}

class GuarantorController extends Controller
{
    public function attach(Request $req, Loan $loan)
    {
        // ruleid: php-mass-assignment
        $loan->guarantors()->create($req->json()->all());
        return $loan;
    }

    public function import(\Illuminate\Http\Request $httpRequest)
    {
        // ruleid: php-mass-assignment
        return Guarantor::forceCreate($httpRequest->request->all());
    }

    public function importJson(Request $req)
    {
        $rows = json_decode($req->getContent(), true);
        // ruleid: php-mass-assignment
        return Guarantor::make($rows);
    }

    public function copy(Request $source)
    {
        // a request held under another name is not read as the request
        // ok: php-mass-assignment
        return Guarantor::create($source->all());
    }
}

// The request forwarded to another service: what that service answers is its own data, not the
// client's request, even when the request was sent along with the call.
class CreditLineController extends Controller
{
    public function open(Request $request)
    {
        $http = new \GuzzleHttp\Client();
        $res = $http->request('POST', config('services.core.url') . '/lines', ['json' => $request->all()]);
        $answer = json_decode($res->getBody()->getContents(), true);
        // ok: php-mass-assignment
        return new CreditLine($answer['line']);
    }

    public function mirror(Request $request)
    {
        $reply = Http::post(config('services.core.url') . '/limits', $request->except('_token'));
        // ok: php-mass-assignment
        return CreditLimit::create($reply->json());
    }

    public function keep(Request $request)
    {
        $http = new \GuzzleHttp\Client();
        $http->request('POST', config('services.core.url') . '/lines', ['json' => $request->all()]);
        // the request itself is still the request after it was forwarded
        // ruleid: php-mass-assignment
        return CreditLine::create($request->all());
    }
}
