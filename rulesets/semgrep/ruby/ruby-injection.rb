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

  # raw driver calls (mysql2, pg): the string is sent as it is
  def rename
    con = Mysql2::Client.new(host: "localhost")
    # ruleid: ruby-sql-injection
    con.query 'UPDATE loans set note = ' + params[:note] +
    ' where id = ' + params[:id]
    # ruleid: ruby-sql-injection
    con.query("SELECT * FROM loans WHERE client = '#{params[:client]}'")
    pg = PG.connect(dbname: "loans")
    # ruleid: ruby-sql-injection
    pg.exec("DELETE FROM loans WHERE id = #{params[:id]}")
    # ruleid: ruby-sql-injection
    pg.async_exec("SELECT * FROM loans WHERE branch = '" + params[:branch] + "'")
    # ok: ruby-sql-injection
    con.query("SELECT * FROM loans WHERE status = 'open'")
    # ok: ruby-sql-injection
    pg.exec_params("DELETE FROM loans WHERE id = $1", [params[:id]])
    # ok: ruby-sql-injection
    con.query("SELECT * FROM loans WHERE id = #{params[:id].to_i}")
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
    # ruleid: ruby-command-injection
    listing = %x(ls #{params[:dir]})
    # ruleid: ruby-command-injection
    archive = %x{tar czf out.tgz #{params[:dir]}}
    # ruleid: ruby-command-injection
    Kernel.exec("convert #{params[:file]} out.pdf")
    # ruleid: ruby-command-injection
    Kernel.spawn("convert #{params[:file]} out.pdf")
    # ruleid: ruby-command-injection
    Process.spawn("convert #{params[:file]} out.pdf")
    # ruleid: ruby-command-injection
    PTY.spawn("tail -f #{params[:log]}")
    # ok: ruby-command-injection
    listing = %x(ls /var/loans)
    # ok: ruby-command-injection
    Process.spawn("convert", params[:file], "out.pdf")
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
    label = params[:label]
    raise "bad label" unless /\A[a-z0-9_]+\z/ =~ label
    # ok: ruby-command-injection
    system("convert -label #{label} in.png out.png")
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

  # A URL whose text starts with a literal scheme, host and "/" keeps its host whatever request
  # data follows (a path segment, a query value); a request value before or inside the host does not.
  def bureau_score
    # ok: ruby-ssrf
    res = HTTParty.get("https://api.bureau.kz/v1/score?iin=" + params[:iin])
    # ok: ruby-ssrf
    res = Faraday.get("https://api.bureau.kz/v1/clients/#{params[:id]}/limits")
    url = "https://auth.example.kz/oauth/token" + "?client_id=" + CLIENT_ID + "&code=" + params[:code]
    # ok: ruby-ssrf
    token = HTTParty.get(url)
    # ruleid: ruby-ssrf
    res = HTTParty.get("https://" + params[:host] + "/v1/score")
    # ruleid: ruby-ssrf
    res = Faraday.get("https://#{params[:host]}/status")
    # ruleid: ruby-ssrf
    res = HTTParty.get("https://api.bureau.kz:" + params[:port] + "/v1/score")
    # ruleid: ruby-ssrf
    res = HTTParty.get("https://api.bureau.kz@" + params[:rest])
    # ruleid: ruby-ssrf
    res = HTTParty.get(params[:base] + "/v1/score")
  end
end

class Loan < ApplicationRecord
  scope :by_status, ->(status) { where(status: status) }
  # ok: ruby-sql-injection
  scope :open_first, -> { order("status = 'open' DESC") }

  def self.search(params)
    # ruleid: ruby-sql-injection
    where("client_name = '#{params[:q]}'")
  end

  def self.sorted(params)
    # ruleid: ruby-sql-injection
    order(params[:sort])
  end

  def self.names(params)
    # ruleid: ruby-sql-injection
    pluck(params[:column])
  end

  def self.raw(params)
    # ruleid: ruby-sql-injection
    find_by_sql("SELECT * FROM loans WHERE branch = '" + params[:branch] + "'")
  end

  def self.safe(params)
    # ok: ruby-sql-injection
    where("client_name = ?", params[:q])
    # ok: ruby-sql-injection
    where(client_name: params[:q])
    # ok: ruby-sql-injection
    order(:created_at)
  end
end

class Payment < ActiveRecord::Base
  def self.taken?(params)
    # ruleid: ruby-sql-injection
    exists?("reference = '#{params[:ref]}'")
  end
end

class Branch < ApplicationRecord
  # ruleid: ruby-sql-injection
  scope :named, -> { where("name = '#{request.params[:name]}'") }
end

# A plain Ruby class with a method of its own named `where`: no query, no finding.
class FilterSet
  def where(text)
    @filters << text
  end

  def add(params)
    # ok: ruby-sql-injection
    where("client_name = '#{params[:q]}'")
  end
end

# Hash conditions: ActiveRecord binds every value of a hash, and quotes its keys as column names.
class RepaymentsController < ApplicationController
  def index
    query = { borrower: current_user }
    query[:status] = params[:status] if params[:status]
    # ok: ruby-sql-injection
    @repayments = Repayment.where(query)
    filters = params.select { |k| %w[branch currency].include?(k) }
    # ok: ruby-sql-injection
    Repayment.where(filters)
    # ok: ruby-sql-injection
    Repayment.where(params.slice(:branch, :currency))
    wanted = params.reject { |key, _value| key == "page" }
    # ok: ruby-sql-injection
    Repayment.where(wanted)
    ids = params[:ids].select { |id| id.present? }
    # ruleid: ruby-sql-injection
    Repayment.where(ids)
    clause = params[:filter]
    # ruleid: ruby-sql-injection
    Repayment.where(clause)
  end
end

class SchedulesController < ApplicationController
  # find_by takes an SQL fragment as readily as where
  def lookup
    # ruleid: ruby-sql-injection
    Schedule.find_by("reference = '#{params[:ref]}'")
    # ruleid: ruby-sql-injection
    Schedule.find_by!("branch = '" + params[:branch] + "'")
    # ok: ruby-sql-injection
    Schedule.find_by(reference: params[:ref])
    # ok: ruby-sql-injection
    Schedule.find_by("reference = ?", params[:ref])
  end

  # request values iterated, each one interpolated
  def close_many
    params[:ids].each do |schedule_id|
      # ruleid: ruby-sql-injection
      Schedule.where("id = #{schedule_id}").update_all(state: "closed")
    end
    params[:ids].each_with_index do |schedule_id, i|
      # ok: ruby-sql-injection
      Schedule.where("id = #{schedule_id.to_i}").update_all(position: i)
    end
    # ruleid: ruby-sql-injection
    params[:codes].map { |code| Schedule.find_by("code = '#{code}'") }
    # ok: ruby-sql-injection
    %w[open late].each { |state| Schedule.where("state = '#{state}'").count }
  end
end

# SQL text a method of the same class or module builds from the request itself, then run where
# the method is called (with or without parentheses); a method building it from a number, from
# its own parameter or from no request data at all is no source here.
class ArrearsController < ApplicationController
  def index
    # ruleid: ruby-sql-injection
    @loans = Loan.find_by_sql(arrears_query)
    # ruleid: ruby-sql-injection
    ActiveRecord::Base.connection.execute(branch_filter())
    sql = arrears_query
    # ruleid: ruby-sql-injection
    ActiveRecord::Base.connection.select_all(sql)
    # ok: ruby-sql-injection
    Loan.find_by_sql(overdue_days_query)
    # ok: ruby-sql-injection
    Loan.find_by_sql(portfolio_query)
    # ok: ruby-sql-injection
    Loan.find_by_sql(region_query("almaty"))
    # request data handed to the method that interpolates it
    # ruleid: ruby-sql-injection
    Loan.find_by_sql(region_query(params[:region]))
    # ok: ruby-sql-injection
    Loan.where(status: arrears_status)
  end

  private

  def arrears_query
    "SELECT * FROM loans WHERE borrower_iin = '#{params[:iin]}' AND days_late > 30"
  end

  def branch_filter
    "DELETE FROM reminders WHERE branch = '" + params[:branch] + "'"
  end

  def overdue_days_query
    "SELECT * FROM loans WHERE days_late > #{params[:days].to_i}"
  end

  def portfolio_query
    "SELECT * FROM loans WHERE officer_id = #{current_user.id}"
  end

  def region_query(region)
    "SELECT * FROM loans WHERE region = '#{region}'"
  end

  def arrears_status
    "late #{params[:bucket]}"
  end
end

module CollectionsReport
  def self.run
    # ruleid: ruby-sql-injection
    ActiveRecord::Base.connection.exec_query(collector_sql)
  end

  def self.collector_sql
    "SELECT * FROM collections WHERE collector = '#{request.headers['X-Collector']}'"
  end
end

# A method of another class with the same name is not the one called here.
class WriteOffsController < ApplicationController
  def index
    # ok: ruby-sql-injection
    @rows = WriteOff.find_by_sql(arrears_query)
  end

  private

  def arrears_query
    "SELECT * FROM write_offs WHERE approved"
  end
end
