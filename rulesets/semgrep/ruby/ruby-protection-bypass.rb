class WebhooksController < ApplicationController
  # ruleid: ruby-csrf-protection-disabled
  skip_before_action :verify_authenticity_token
  # ok: ruby-csrf-protection-disabled
  protect_from_forgery with: :exception

  def call_bureau(uri)
    http = Net::HTTP.new(uri.host, uri.port)
    http.use_ssl = true
    # ruleid: ruby-tls-verification-disabled
    http.verify_mode = OpenSSL::SSL::VERIFY_NONE
    # ok: ruby-tls-verification-disabled
    http.verify_mode = OpenSSL::SSL::VERIFY_PEER
  end
end

def client
  # ruleid: ruby-tls-verification-disabled
  Faraday.new(url: BUREAU_URL, ssl: { verify: false })
end

# A client library implementing its caller's opt-out: VERIFY_NONE in the branch a verification
# setting selects. `ssl`/`tls` alone select TLS, and turning its checks off there is the flaw.
module HttpAdapter
  def ssl_verify_mode(ssl)
    ssl[:verify_mode] || begin
      if ssl.fetch(:verify, true)
        OpenSSL::SSL::VERIFY_PEER
      else
        # ok: ruby-tls-verification-disabled
        OpenSSL::SSL::VERIFY_NONE
      end
    end
  end

  def insecure_mode(options)
    # ok: ruby-tls-verification-disabled
    options[:insecure] ? OpenSSL::SSL::VERIFY_NONE : OpenSSL::SSL::VERIFY_PEER
  end

  def connect(http, use_ssl)
    if use_ssl
      # ruleid: ruby-tls-verification-disabled
      http.verify_mode = OpenSSL::SSL::VERIFY_NONE
    end
  end
end

# An API that authenticates by a token header: null_session empties the session (and the cookie
# jar) of a request without a CSRF token, which is what Rails advises for such an API.
class ApiBaseController < ActionController::Base
  # ok: ruby-csrf-protection-disabled
  protect_from_forgery with: :null_session
  before_action :authenticate_client

  private

  def authenticate_client
    if request.headers["Authorization"].present?
      authenticate_or_request_with_http_token do |token|
        @client_id = ApiToken.client_for(token)
      end
    end
  end
end

class PartnerApiController < ActionController::Base
  # ok: ruby-csrf-protection-disabled
  protect_from_forgery with: :null_session
  before_action :authenticate_partner_token!
end

class MixedController < ActionController::Base
  # ok: ruby-csrf-protection-disabled
  protect_from_forgery with: :null_session, if: -> { request.format.json? }
end

class FeedController < ActionController::API
  include ActionController::RequestForgeryProtection
  # ok: ruby-csrf-protection-disabled
  protect_from_forgery with: :null_session
end

# A browser application signed in by a cookie session: null_session lets a forged request run
# without the session, and this controller also reads its own cookie.
class PortalController < ActionController::Base
  # ruleid: ruby-csrf-protection-disabled
  protect_from_forgery with: :null_session
  before_action :require_login

  def require_login
    redirect_to login_path unless cookies.signed[:client_id]
  end
end

# A token header and a cookie session side by side: still reported.
class HybridController < ActionController::Base
  # ruleid: ruby-csrf-protection-disabled
  protect_from_forgery with: :null_session
  before_action :authenticate_api_token

  def sign_in_client(client)
    session[:client_id] = client.id
  end
end

# Protection kept, but switched off for the actions named in `except:`: those accept a form
# posted from another site.
class RepaymentsController < ApplicationController
  # ruleid: ruby-csrf-protection-disabled
  protect_from_forgery except: [:create, :destroy]

  def create
    Repayment.create!(amount: params[:amount], loan_id: session[:loan_id])
  end
end

class ScheduleController < ApplicationController
  # ruleid: ruby-csrf-protection-disabled
  protect_from_forgery with: :exception, except: :reschedule
end

# An API base class authenticated by a token header: except: there is as harmless as null_session.
class StatusFeedController < ActionController::API
  # ok: ruby-csrf-protection-disabled
  protect_from_forgery except: :index
end

# Every action of the class requires an OAuth access token or another bearer token from the
# Authorization header, which another site cannot make a browser send: the CSRF check has nothing
# to protect there, unless the class also reads the session or a cookie.
class LoanStatusController < ApplicationController
  # ok: ruby-csrf-protection-disabled
  skip_before_action :verify_authenticity_token
  before_action -> { doorkeeper_authorize! :loans_read }

  def show
    render json: LoanStatus.for(doorkeeper_token.resource_owner_id)
  end
end

class RepaymentApiController < ApplicationController
  # ok: ruby-csrf-protection-disabled
  skip_forgery_protection
  before_action :doorkeeper_authorize!
end

class ScheduleApiController < ApplicationController
  # ok: ruby-csrf-protection-disabled
  skip_before_action :verify_authenticity_token
  before_action :authenticate_with_bearer_token!
end

# The token guards only some actions: the others keep the cookie session without a CSRF check.
class PartlyGuardedController < ApplicationController
  # ruleid: ruby-csrf-protection-disabled
  skip_before_action :verify_authenticity_token
  before_action :doorkeeper_authorize!, only: [:show]
end

# A before_action about a token that is not authentication by it.
class OfferController < ApplicationController
  # ruleid: ruby-csrf-protection-disabled
  skip_before_action :verify_authenticity_token
  before_action :set_offer_token
end

# The token is required, and the session is read as well: still reported.
class ProfileApiController < ApplicationController
  # ruleid: ruby-csrf-protection-disabled
  skip_before_action :verify_authenticity_token
  before_action :doorkeeper_authorize!

  def update
    session[:profile_seen] = true
  end
end

# The forms of Rails before 5 (`skip_before_filter`, `skip_filter`, `skip_action_callback`) and
# a skip that tolerates a missing callback (`raise: false`) switch the check off all the same.
class LegacyPaymentsController < ApplicationController
  # ruleid: ruby-csrf-protection-disabled
  skip_before_filter :verify_authenticity_token
end

class LegacyTransfersController < ApplicationController
  # ruleid: ruby-csrf-protection-disabled
  skip_filter :verify_authenticity_token, only: [:create]
  # ruleid: ruby-csrf-protection-disabled
  skip_action_callback :verify_authenticity_token
end

class CallbackController < ApplicationController
  # ruleid: ruby-csrf-protection-disabled
  skip_before_action :verify_authenticity_token, raise: false
end

# A legacy API whose every action requires a bearer token, said with the old `before_filter`.
class LegacyTokenApiController < ApplicationController
  # ok: ruby-csrf-protection-disabled
  skip_before_filter :verify_authenticity_token
  before_filter :doorkeeper_authorize!
end

# Skipping another callback is no CSRF switch.
class ReportsController < ApplicationController
  # ok: ruby-csrf-protection-disabled
  skip_before_filter :require_login, only: [:public_index]
end
