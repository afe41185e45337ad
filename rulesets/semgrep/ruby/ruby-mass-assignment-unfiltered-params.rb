class LoansController < ApplicationController
  def create
    # ruleid: ruby-mass-assignment-unfiltered-params
    @loan = Loan.new(params[:loan])
    # ruleid: ruby-mass-assignment-unfiltered-params
    @loan.update(params[:loan])
    # ruleid: ruby-mass-assignment-unfiltered-params
    Borrower.create!(params.require(:borrower))
    # ruleid: ruby-mass-assignment-unfiltered-params
    @loan.assign_attributes(params.require(:loan).to_unsafe_h)
    # ruleid: ruby-mass-assignment-unfiltered-params
    current_user.loans.build(params[:loan])
    # ruleid: ruby-mass-assignment-unfiltered-params
    @borrower.update_attributes(params[:borrower][:profile])
    # ruleid: ruby-mass-assignment-unfiltered-params
    @loan.attributes = params[:loan]
    # ok: ruby-mass-assignment-unfiltered-params
    @loan = Loan.new(params.require(:loan).permit(:amount, :term))
    # ok: ruby-mass-assignment-unfiltered-params
    @loan.update(loan_form_params)
    # ok: ruby-mass-assignment-unfiltered-params
    @loan.update(amount: params[:amount], term: params[:term])
    # ok: ruby-mass-assignment-unfiltered-params
    starts = Date.new(params[:year].to_i, 1, 1)
    # ok: ruby-mass-assignment-unfiltered-params
    matcher = Regexp.new(params[:pattern])
    # ok: ruby-mass-assignment-unfiltered-params
    results = LoanSearch.new(params[:filters])
    # ok: ruby-mass-assignment-unfiltered-params
    @loan = Loan.find(params[:id])
    # ok: ruby-mass-assignment-unfiltered-params
    @page = Pager.new(params[:page])
    # ok: ruby-mass-assignment-unfiltered-params
    @chart = Reports::Chart.new(params)
  end

  private

  # ruleid: ruby-mass-assignment-unfiltered-params
  def loan_params
    params[:loan]
  end

  # ruleid: ruby-mass-assignment-unfiltered-params
  def borrower_params
    params.require(:borrower)
  end

  # ok: ruby-mass-assignment-unfiltered-params
  def loan_form_params
    params.require(:loan).permit(:amount, :term)
  end

  # ok: ruby-mass-assignment-unfiltered-params
  def merged_params
    params = defaults.dup
    params.merge!(overrides)
    params
  end

  # ok: ruby-mass-assignment-unfiltered-params
  def current_page
    params[:page]
  end
end
