package loans

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

type Handler struct {
	loans   *mongo.Collection
	clients *mongo.Collection
}

type LoginRequest struct {
	Phone    string `json:"phone"`
	Password string `json:"password"`
}

func (h *Handler) Search(w http.ResponseWriter, r *http.Request) {
	var filter bson.M
	if err := json.NewDecoder(r.Body).Decode(&filter); err != nil {
		return
	}
	// ruleid: go-nosql-injection
	cur, _ := h.loans.Find(r.Context(), filter)
	defer cur.Close(r.Context())
}

func (h *Handler) Login(w http.ResponseWriter, r *http.Request) {
	body := map[string]interface{}{}
	_ = json.NewDecoder(r.Body).Decode(&body)
	// ruleid: go-nosql-injection
	h.clients.FindOne(r.Context(), bson.M{"phone": body["phone"], "password": body["password"]})
	var typed LoginRequest
	_ = json.NewDecoder(r.Body).Decode(&typed)
	// ok: go-nosql-injection
	h.clients.FindOne(r.Context(), bson.M{"phone": typed.Phone, "password": typed.Password})
	// ok: go-nosql-injection
	h.clients.FindOne(r.Context(), bson.M{"phone": r.FormValue("phone")})
	phone, _ := body["phone"].(string)
	// ok: go-nosql-injection
	h.clients.FindOne(r.Context(), bson.M{"phone": phone})
}

func (h *Handler) ByScript(w http.ResponseWriter, r *http.Request) {
	status := r.URL.Query().Get("status")
	// ruleid: go-nosql-injection
	h.loans.Find(r.Context(), bson.M{"$where": "this.status == '" + status + "'"})
	// ok: go-nosql-injection
	h.loans.Find(r.Context(), bson.M{"status": status})
}

func (h *Handler) GinClose(c *gin.Context) {
	var filter map[string]interface{}
	if err := c.ShouldBindJSON(&filter); err != nil {
		return
	}
	// ruleid: go-nosql-injection
	h.loans.DeleteMany(c, filter)
	var req LoginRequest
	_ = c.ShouldBindJSON(&req)
	// ok: go-nosql-injection
	h.loans.DeleteMany(c, bson.M{"phone": req.Phone})
}

func (h *Handler) EchoUpdate(c echo.Context) error {
	var sel bson.M
	if err := c.Bind(&sel); err != nil {
		return err
	}
	// ruleid: go-nosql-injection
	_, err := h.loans.UpdateOne(c.Request().Context(), sel, bson.M{"$set": bson.M{"viewed": true}})
	return err
}

func (h *Handler) FiberReport(c *fiber.Ctx) error {
	var stage bson.M
	if err := c.BodyParser(&stage); err != nil {
		return err
	}
	// ruleid: go-nosql-injection
	_, err := h.loans.Aggregate(c.Context(), mongo.Pipeline{bson.D{{Key: "$match", Value: stage}}})
	return err
}

func (h *Handler) Raw(w http.ResponseWriter, r *http.Request) {
	var filter bson.M
	_ = bson.UnmarshalExtJSON([]byte(r.URL.Query().Get("filter")), true, &filter)
	// ruleid: go-nosql-injection
	h.loans.CountDocuments(r.Context(), filter)
}

func (h *Handler) Settings(raw []byte) {
	var defaults bson.M
	_ = json.Unmarshal(raw, &defaults)
	// ok: go-nosql-injection
	h.loans.Find(context.Background(), defaults)
}

// The JSON body of a response the program fetched itself is not request data.
func (h *Handler) SyncFromBureau(w http.ResponseWriter, r *http.Request, client *http.Client) {
	req, _ := http.NewRequest(http.MethodGet, "https://bureau.example.kz/v2/filter", nil)
	resp, err := client.Do(req)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var filter bson.M
	_ = json.NewDecoder(resp.Body).Decode(&filter)
	// ok: go-nosql-injection
	h.loans.Find(r.Context(), filter)
	var limited bson.M
	_ = json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&limited)
	// ruleid: go-nosql-injection
	h.loans.Find(r.Context(), limited)
}
