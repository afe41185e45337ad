package main

import (
	"fmt"
	"net/http"
	"net/http/httputil"
)

func traceHandler(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodTrace {
		w.Header().Set("Content-Type", "message/http")
		// ruleid: go-request-echoed-to-client
		r.Write(w)
		return
	}
}

func debugEcho(w http.ResponseWriter, r *http.Request) {
	dump, err := httputil.DumpRequest(r, true)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	// ruleid: go-request-echoed-to-client
	w.Write(dump)
}

func debugEchoFmt(w http.ResponseWriter, r *http.Request) {
	dump, _ := httputil.DumpRequest(r, false)
	// ruleid: go-request-echoed-to-client
	fmt.Fprintf(w, "%s", dump)
}

func dumpToLog(w http.ResponseWriter, r *http.Request) {
	dump, _ := httputil.DumpRequest(r, true)
	// ok: go-request-echoed-to-client
	logger.Printf("request: %q", dump)
	w.WriteHeader(http.StatusNoContent)
}

func forward(w http.ResponseWriter, r *http.Request, upstream net.Conn) {
	// ok: go-request-echoed-to-client
	r.Write(upstream)
}

func rejectTrace(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodTrace {
		// ok: go-request-echoed-to-client
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
}
