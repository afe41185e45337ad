package handlers

import (
	"database/sql"
	"encoding/json"
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

// A JSON body of the request being served is request data.
type decodedRequestCommandInjection struct{ Value string }

func decodedFromRequestCommandInjection(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var in decodedRequestCommandInjection
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&in); err != nil {
		return
	}
	// ruleid: go-command-injection
	exec.Command("sh", "-c", "convert "+in.Value).Run()
}

// The JSON body of a response the program fetched itself is not request data.
func decodedFromResponseCommandInjection(w http.ResponseWriter, r *http.Request, db *sql.DB, client *http.Client) {
	resp, err := http.Get("https://rates.example.kz/v1/current")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var fetched decodedRequestCommandInjection
	_ = json.NewDecoder(resp.Body).Decode(&fetched)
	// ok: go-command-injection
	exec.Command("sh", "-c", "convert "+fetched.Value).Run()

	req, _ := http.NewRequest(http.MethodGet, "https://bureau.example.kz/v2/status", nil)
	resp2, err := client.Do(req)
	if err != nil {
		return
	}
	defer resp2.Body.Close()
	var status decodedRequestCommandInjection
	_ = json.NewDecoder(resp2.Body).Decode(&status)
	// ok: go-command-injection
	exec.Command("sh", "-c", "convert "+status.Value).Run()
}

// A slice of a query value: `?job=xrun-arrears` runs `run-arrears`.
func runJobSlice(w http.ResponseWriter, r *http.Request) {
	job := r.URL.Query().Get("job")
	// ruleid: go-command-injection
	exec.Command("sh", "-c", "/opt/jobs/"+job[1:]).Run()
	// ok: go-command-injection
	exec.Command("sh", "-c", "/opt/jobs/"+"xnightly"[1:]).Run()
}
