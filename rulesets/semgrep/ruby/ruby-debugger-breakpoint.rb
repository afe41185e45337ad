class RepaymentsController < ApplicationController
  def create
    # ruleid: ruby-debugger-breakpoint
    binding.pry
    @repayment = Repayment.new(repayment_params)
  end

  def update
    # ruleid: ruby-debugger-breakpoint
    byebug
    @repayment.update(repayment_params)
  end

  def destroy
    # ruleid: ruby-debugger-breakpoint
    debugger
    @repayment.destroy
  end

  def schedule
    # ruleid: ruby-debugger-breakpoint
    binding.irb if params[:trace]
    render :schedule
  end

  def remote
    # ruleid: ruby-debugger-breakpoint
    binding.remote_pry
  end

  def debug_gem
    # ruleid: ruby-debugger-breakpoint
    binding.break
  end

  def log_binding
    # ok: ruby-debugger-breakpoint
    Rails.logger.debug(binding.local_variables.inspect)
    # ok: ruby-debugger-breakpoint
    logger.debug("repayment #{@repayment.id}")
    # ok: ruby-debugger-breakpoint
    @repayment.debugger_note = "none"
    # ok: ruby-debugger-breakpoint
    ERB.new(template).result(binding)
  end
end
