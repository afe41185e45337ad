class Payment < ApplicationRecord
  # ruleid: ruby-sql-string-interpolation
  scope :by_column, ->(col = "*") { select("#{col}").order("id DESC") }

  def self.for_branch(branch)
    # ruleid: ruby-sql-string-interpolation
    where("branch_code = '#{branch}'")
  end

  def self.late(days)
    # ok: ruby-sql-string-interpolation
    where("due_on < now() - interval '#{days.to_i} days'")
  end

  def self.in_table
    # ok: ruby-sql-string-interpolation
    select("#{table_name}.id")
  end

  def self.limited
    # ok: ruby-sql-string-interpolation
    where("amount > #{MAX_AMOUNT}")
  end

  def self.bound(branch)
    # ok: ruby-sql-string-interpolation
    where("branch_code = ?", branch)
  end

  def self.quoted(branch)
    # ok: ruby-sql-string-interpolation
    where("branch_code = #{connection.quote(branch)}")
  end

  def self.by_client(client)
    # ruleid: ruby-sql-string-interpolation
    joins(:loan).where("loans.ref = '#{client.ref}'")
  end

  def self.internal
    t = table_name
    # a local value computed here, not handed in by a caller
    # ok: ruby-sql-string-interpolation
    where("#{t}.archived = 0")
  end
end

class PaymentsController < ApplicationController
  def index
    # reported by ruby-sql-injection (request data in the call itself)
    # ok: ruby-sql-string-interpolation
    @payments = Payment.where("client = '#{params[:client]}'")
  end
end

class Guarantor < ApplicationRecord
  # find_by takes an SQL fragment as readily as where
  def self.by_document(doc_no)
    # ruleid: ruby-sql-string-interpolation
    find_by("document_no = '#{doc_no}'")
  end

  def self.by_document_bound(doc_no)
    # ok: ruby-sql-string-interpolation
    find_by(document_no: doc_no)
  end
end
