class HelpPagesController < ApplicationController
  def show
    # ruleid: ruby-render-template-from-request
    render "/help_pages/#{params[:topic]}"
  end

  def chosen_view
    # ruleid: ruby-render-template-from-request
    render params[:view]
  end

  def section
    name = "guides/" + params[:section]
    # ruleid: ruby-render-template-from-request
    render template: name, layout: "guide"
  end

  def by_action
    # ruleid: ruby-render-template-from-request
    render action: params[:step]
  end

  def fragment
    # ruleid: ruby-render-template-from-request
    html = render_to_string(partial: "widgets/#{params[:widget]}")
    render html: html
  end

  def cookie_theme
    # ruleid: ruby-render-template-from-request
    render "themes/#{cookies[:theme]}/index"
  end

  def attachment
    # ruleid: ruby-render-file-from-request
    render file: params[:path]
  end

  def legacy_page
    path = Rails.root.join("public", "legacy", params[:page]).to_s
    # ruleid: ruby-render-file-from-request
    render file: path, layout: false
  end

  def listed_topic
    topic = params[:topic]
    return head(:not_found) unless TOPICS.include?(topic)
    # ok: ruby-render-template-from-request
    render "/help_pages/#{topic}"
  end

  def checked_topic
    topic = params[:topic]
    if topic.match?(/\A[a-z_]+\z/)
      # ok: ruby-render-template-from-request
      render "help_pages/#{topic}"
    end
  end

  def fixed_views
    @loan = Loan.find(params[:id])
    # ok: ruby-render-template-from-request
    render "loans/show"
    # ok: ruby-render-template-from-request
    render :edit
    # ok: ruby-render-template-from-request
    render template: "loans/summary", locals: { amount: params[:amount] }
  end

  def data_responses
    # ok: ruby-render-template-from-request
    render json: { query: params[:q] }
    # ok: ruby-render-template-from-request
    render plain: params[:echo]
    # ok: ruby-render-file-from-request
    render file: Rails.root.join("public", "404.html"), status: :not_found
  end

  def partial_with_locals
    # ok: ruby-render-template-from-request
    render partial: "loans/row", locals: { note: params[:note] }
  end
end
