class LoansController < ApplicationController
  def create
    # ruleid: ruby-mass-assignment
    @loan = Loan.new(params.require(:loan).permit!)
    # ok: ruby-mass-assignment
    @loan = Loan.new(params.require(:loan).permit(:amount, :term))
    # ok: ruby-mass-assignment
    @loan = Loan.find_by(params.slice(:number, :branch).permit!.to_h)
    # ruleid: ruby-mass-assignment
    @loan.update(params.permit!.slice(:amount))
  end

  def back
    # ruleid: ruby-open-redirect
    redirect_to params[:return_to]
    # ok: ruby-open-redirect
    redirect_to loan_path(params[:id])
  end

  # "back where you came from": the browser sets the Referer to the page that sent the request,
  # which an attacker can only make the attacker's own page
  def reject
    # ok: ruby-open-redirect
    redirect_to request.referer
    # ok: ruby-open-redirect
    redirect_to(request.referrer || loans_path, alert: "Rejected")
    # ok: ruby-open-redirect
    redirect_to request.headers["Referer"]
    # ruleid: ruby-open-redirect
    redirect_to(params[:next] || request.referer)
  end

  def submit
    @application = LoanApplication.new(params[:application])
    if @application.save
      # ok: ruby-open-redirect
      redirect_to @application, notice: "Submitted"
    end
    branch = Branch.find_by(code: params[:branch])
    # ok: ruby-open-redirect
    redirect_to branch
    back_to = URI.parse(params[:back])
    # ruleid: ruby-open-redirect
    redirect_to back_to
    page = OpenStruct.new(url: params[:next])
    # ruleid: ruby-open-redirect
    redirect_to page.url
  end

  # Rails' dynamic finders (find_by_<column>, find_or_create_by, find_or_initialize_by) load or
  # build a record like find_by: redirect_to(record) goes to its own path on this host
  def repay
    schedule = RepaymentSchedule.find_by_loan_id(params[:loan_id])
    # ok: ruby-open-redirect
    redirect_to schedule
    @card = Card.find_or_create_by(number_hash: params[:hash])
    # ok: ruby-open-redirect
    redirect_to @card
    @draft = Draft.find_or_initialize_by(token: params[:token])
    # ok: ruby-open-redirect
    redirect_to @draft, notice: "Saved"
    link = URI.find_by_host(params[:next])
    # ruleid: ruby-open-redirect
    redirect_to link
    # ruleid: ruby-open-redirect
    redirect_to params[:next].find_by_host
  end

  def back
    target = params[:return_to]
    if ALLOWED_RETURN_PATHS.include?(target)
      # ok: ruby-open-redirect
      redirect_to target
    end
    if target.match?(/\A\/[a-z0-9\/]*\z/)
      # ok: ruby-open-redirect
      redirect_to target
    end
    if target =~ %r{\A/loans/\d+\z}
      # ok: ruby-open-redirect
      redirect_to target
    end
    if target.match?(/^\/[a-z0-9\/]*$/)
      # ruleid: ruby-open-redirect
      redirect_to target
    end
    # ruleid: ruby-open-redirect
    redirect_to target
  end

  def back_or_root
    target = params[:return_to]
    return redirect_to(root_path) unless ALLOWED_RETURN_PATHS.include?(target)
    # ok: ruby-open-redirect
    redirect_to target
  end

  def login(user, password)
    # ruleid: ruby-log-sensitive-data
    Rails.logger.info("login #{user.email} with #{password}")
    # ok: ruby-log-sensitive-data
    Rails.logger.info("login #{user.email}")
    # a fixed text that only names the step carries no value
    # ok: ruby-log-sensitive-data
    puts "IN RESET PASSWORD STEP"
    # ok: ruby-log-sensitive-data
    Rails.logger.warn("general token accepted")
    # ok: ruby-log-sensitive-data
    logger.info 'password reset mail queued'
    # ruleid: ruby-log-sensitive-data
    puts "reset with #{request.headers["HTTP_X_AUTH_TOKEN"]}"
    # ruleid: ruby-log-sensitive-data
    logger.info("password=" + new_password)
    # ruleid: ruby-log-sensitive-data
    logger.info("password: %s" % pw)
  end
end

class BranchesController < ApplicationController
  def choose
    # ruleid: ruby-trust-boundary-session
    session[:branch_id] = params[:branch]
    # ok: ruby-trust-boundary-session
    session[:branch_id] = current_user.branches.find(params[:branch]).id
    # ok: ruby-trust-boundary-session
    session[:user_id] = @user.id
  end

  def sign_in
    # the id of the record a look-up by the credentials returned: the server's record, whichever
    # finder found it
    @operator = Operator.authenticate(params[:email], params[:pin])
    # ok: ruby-trust-boundary-session
    session[:operator_id] = @operator.id
    # ok: ruby-trust-boundary-session
    session[:desk_id] = Desk.for_login(params[:login]).id
    # a key named id in the request is still the request's
    # ruleid: ruby-trust-boundary-session
    session[:desk_id] = params[:desk][:id]
    # ruleid: ruby-trust-boundary-session
    session[:desk_id] = params.fetch(:desk).fetch(:id)
  end
end
