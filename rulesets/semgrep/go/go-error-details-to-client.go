package handlers

import (
	"fmt"
	"log"
	"net/http"
	"runtime/debug"

	"github.com/gin-gonic/gin"
)

func getLoan(w http.ResponseWriter, r *http.Request) {
	loan, err := repo.Find(r.Context(), 1)
	if err != nil {
		// ruleid: go-error-details-to-client
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if loan == nil {
		log.Printf("find loan: %v", err)
		// ok: go-error-details-to-client
		http.Error(w, "internal error", http.StatusInternalServerError)
	}
}

func ginLoan(c *gin.Context) {
	if err := svc.Approve(c); err != nil {
		// ruleid: go-error-details-to-client
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	// ok: go-error-details-to-client
	c.JSON(http.StatusOK, gin.H{"status": "approved"})
}

func recoverToClient(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if rec := recover(); rec != nil {
				w.WriteHeader(http.StatusInternalServerError)
				// ruleid: go-error-details-to-client
				fmt.Fprintf(w, "panic: %v\n\nstack trace:\n%s", rec, debug.Stack())
			}
		}()
		next.ServeHTTP(w, r)
	})
}

func keptStack(w http.ResponseWriter, r *http.Request) {
	trace := debug.Stack()
	// ruleid: go-error-details-to-client
	fmt.Fprint(w, string(trace))
	// ruleid: go-error-details-to-client
	w.Write(trace)
}

func recoverToLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if rec := recover(); rec != nil {
				// ok: go-error-details-to-client
				log.Printf("panic: %v\n%s", rec, debug.Stack())
				// ok: go-error-details-to-client
				fmt.Fprintf(w, "internal error")
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// The error text joined to a message of the handler's own.
func scheduleHandler(w http.ResponseWriter, r *http.Request) {
	rows, err := loadSchedule(r.Context(), r.URL.Query().Get("loan"))
	if err != nil {
		// ruleid: go-error-details-to-client
		http.Error(w, "Schedule unavailable: "+err.Error(), http.StatusInternalServerError)
		return
	}
	if len(rows) == 0 {
		// ruleid: go-error-details-to-client
		fmt.Fprintf(w, "no schedule: %s", "lookup failed: "+err.Error())
		return
	}
	// ok: go-error-details-to-client
	http.Error(w, "Schedule unavailable: "+strconv.Itoa(len(rows)), http.StatusInternalServerError)
}

// The application's own response helper, given the ResponseWriter, a status and the error's text.
func repayHandler(w http.ResponseWriter, r *http.Request) {
	if err := repayLoan(r.Context(), r.URL.Query().Get("loan")); err != nil {
		// ruleid: go-error-details-to-client
		respond.SendError(w, http.StatusInternalServerError, err.Error())
		// ruleid: go-error-details-to-client
		writeJSONError(w, 500, "repayment failed: "+err.Error())
		// ruleid: go-error-details-to-client
		respond.WithError(w, err.Error(), http.StatusBadGateway)
		// ok: go-error-details-to-client
		respond.SendError(w, http.StatusInternalServerError, "repayment failed")
		// ok: go-error-details-to-client
		auditLog(r.Context(), http.StatusInternalServerError, err.Error())
		// ok: go-error-details-to-client
		metrics.Count(w, "repay", err.Error())
		return
	}
}
