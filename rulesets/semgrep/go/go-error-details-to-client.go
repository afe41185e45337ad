package handlers

import (
	"log"
	"net/http"

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
