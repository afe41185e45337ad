class LoansController < ApplicationController
  def search
    # ruleid: ruby-sql-injection
    Loan.where("client_name = '#{params[:name]}'")
    # ruleid: ruby-sql-injection
    Loan.order("created_at " + params[:dir])
    sql = "SELECT * FROM loans WHERE id = " + params[:id]
    # ruleid: ruby-sql-injection
    ActiveRecord::Base.connection.execute(sql)
    # ok: ruby-sql-injection
    Loan.where("client_name = ?", params[:name])
    # ok: ruby-sql-injection
    Loan.where(id: params[:id])
    # ok: ruby-sql-injection
    Loan.where("id = #{params[:id].to_i}")
    # ok: ruby-sql-injection
    Loan.where("status = 'open'")
  end

  def convert
    # ruleid: ruby-command-injection
    system("convert #{params[:file]} out.pdf")
    # ruleid: ruby-command-injection
    out = `ls #{params[:dir]}`
    # ok: ruby-command-injection
    system("convert", params[:file], "out.pdf")
    # ok: ruby-command-injection
    system("convert #{Shellwords.escape(params[:file])} out.pdf")
  end

  def guarded
    column = params[:sort]
    if SORTABLE.include?(column)
      # ok: ruby-sql-injection
      Loan.order("#{column} DESC")
    end
    # ruleid: ruby-sql-injection
    Loan.order("#{column} DESC")
    name = params[:name]
    return head(:bad_request) unless name =~ /\A[a-z0-9_]+\z/
    # ok: ruby-command-injection
    system("convert #{name}.png #{name}.pdf")
  end

  def notice
    # ruleid: ruby-raw-html-output
    @banner = params[:msg].html_safe
    # ruleid: ruby-raw-html-output
    render inline: "<p>#{params[:msg]}</p>"
    # ok: ruby-raw-html-output
    @banner = sanitize(params[:msg]).html_safe
    # ok: ruby-raw-html-output
    @banner = "<b>Notice</b>".html_safe
  end
end

class AvatarsController < ApplicationController
  def fetch
    # ruleid: ruby-ssrf
    data = URI.open(params[:url]).read
    # ruleid: ruby-ssrf
    res = Net::HTTP.get_response(URI(params[:url]))
    # ok: ruby-ssrf
    data = URI.open("https://cdn.example.kz/default.png").read
  end
end
