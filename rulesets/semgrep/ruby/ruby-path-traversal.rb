class StatementsController < ApplicationController
  def show
    name = params[:file]
    path = File.join(Rails.root, "statements", name + ".pdf")
    # ruleid: ruby-path-traversal
    send_file(path)
  end

  def preview
    # ruleid: ruby-path-traversal
    body = File.read(Rails.root.join("templates", params[:template]))
    render plain: body
  end

  def note
    note = if params[:safe] == "1"
             params[:note].gsub(%r{[\\/]}, "")
           else
             params[:note]
           end
    note_file = File.join(notes_dir, note + ".txt")
    # ruleid: ruby-path-traversal
    @note = File.exist?(note_file) ? File.read(note_file) : "none"
  end

  def upload
    # ruleid: ruby-path-traversal
    File.open("/srv/uploads/#{params[:name]}", "wb") { |f| f.write(request.body.read) }
  end

  def basename_only
    name = File.basename(params[:file])
    # ok: ruby-path-traversal
    send_file(File.join(Rails.root, "statements", name))
  end

  def wiki_page
    name = params[:wiki]
    raise "invalid wiki name" unless /\A[a-zA-Z0-9]+\z/ =~ name
    # ok: ruby-path-traversal
    File.open("/srv/wikis/#{name}/index.cgi", "w") { |f| f.puts("run") }
  end

  def wiki_page_line_anchors
    name = params[:wiki]
    raise "invalid wiki name" unless /^[a-zA-Z0-9]+$/ =~ name
    # ^ and $ anchor a line only: "x\n../../etc" passes
    # ruleid: ruby-path-traversal
    File.open("/srv/wikis/#{name}/index.cgi", "w") { |f| f.puts("run") }
  end

  def by_id
    doc = Document.find(params[:id])
    # ok: ruby-path-traversal
    send_file(doc.storage_path)
  end

  def static_file
    path = File.expand_path(File.join(public_dir, params[:path]))
    return unless path.start_with?("#{public_dir}/")
    # ok: ruby-path-traversal
    send_file path
  end

  def static_checked
    path = File.expand_path("#{public_dir}#{request.path_info}")
    if path.start_with?(File.expand_path(public_dir) + "/")
      # ok: ruby-path-traversal
      send_file(path)
    end
  end

  def constant
    # ok: ruby-path-traversal
    File.read(Rails.root.join("config", "contract.txt"))
  end
end
