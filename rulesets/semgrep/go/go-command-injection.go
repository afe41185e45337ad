package handlers

import (
	"net/http"
	"os/exec"

	"github.com/gin-gonic/gin"
)

func convertReport(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("file")
	// ruleid: go-command-injection
	exec.Command("sh", "-c", "libreoffice --convert-to pdf /data/reports/"+name).Run()

	// ok: go-command-injection
	exec.Command("libreoffice", "--convert-to", "pdf", "--", "/data/reports/"+name).Run()

	tool := r.URL.Query().Get("tool")
	// ruleid: go-command-injection
	exec.Command(tool, "--version").Output()
}

func ping(c *gin.Context) {
	host := c.Query("host")
	// ruleid: go-command-injection
	exec.CommandContext(c.Request.Context(), "/bin/bash", "-c", "ping -c 1 "+host).Run()
	// ok: go-command-injection
	exec.CommandContext(c.Request.Context(), "ping", "-c", "1", host).Run()
}

func backup() {
	// ok: go-command-injection
	exec.Command("sh", "-c", "pg_dump mfo > /backup/mfo.sql").Run()
}

// gRPC: the request message of a unary method is the client's data
type diagServer struct {
	pb.UnimplementedDiagnosticsServer
}

func (s *diagServer) Ping(ctx context.Context, req *pb.PingRequest) (*pb.PingReply, error) {
	// ruleid: go-command-injection
	out, err := exec.CommandContext(ctx, "sh", "-c", "ping -c 1 "+req.GetHost()).Output()
	return &pb.PingReply{Output: string(out)}, err
}

func (s *diagServer) Uptime(ctx context.Context, req *pb.UptimeRequest) (*pb.UptimeReply, error) {
	// ok: go-command-injection
	out, err := exec.CommandContext(ctx, "uptime").Output()
	return &pb.UptimeReply{Output: string(out)}, err
}

// an uploaded file of net/http's multipart form: its name and content are the client's
func runUploadedTool(w http.ResponseWriter, r *http.Request) {
	file, header, err := r.FormFile("tool")
	if err != nil {
		return
	}
	defer file.Close()
	// ruleid: go-command-injection
	exec.Command("./" + header.Filename).Run()
	// ok: go-command-injection
	exec.Command("./bin/scan-upload", "--", "/srv/uploads/incoming").Run()
}
