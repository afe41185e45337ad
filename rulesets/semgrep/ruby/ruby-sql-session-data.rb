class BasketController < ApplicationController
  def add
    session[:basket] ||= []
    session[:basket] << params[:offer_id]
  end

  # what an earlier request put in the session comes back into SQL
  def checkout
    session[:basket].each do |offer_id|
      # ruleid: ruby-sql-injection-session-data
      offer = Offer.find_by("id = #{offer_id}")
      offer.reserve!
    end
    # ok: ruby-sql-injection-session-data
    session[:basket].each_with_index { |offer_id, i| Offer.where("id = #{offer_id.to_i}").update_all(pos: i) }
    # ruleid: ruby-sql-injection-session-data
    Offer.where("region = '#{session[:region]}'")
    region = session[:region]
    # ruleid: ruby-sql-injection-session-data
    Offer.connection.execute("DELETE FROM holds WHERE region = '" + region + "'")
    # ok: ruby-sql-injection-session-data
    Offer.where(region: session[:region])
    # ok: ruby-sql-injection-session-data
    Offer.where("region = ?", session[:region])
    # ok: ruby-sql-injection-session-data
    Offer.where("owner_id = #{session[:user_id].to_i}")
  end
end
