import express, { Request, Response } from "express";

const router = express.Router();

// registered before the guard below: Express runs it without the guard
// ruleid: javascript-express-admin-route-unprotected
router.post("/admin/rates/reset", async (req: Request, res: Response) => {
  await rates.reset();
  res.sendStatus(204);
});

// the rest of the router is guarded before its routes
router.use(ensureAdministrator);

// ok: javascript-express-admin-route-unprotected
router.get("/admin/branches", (req: Request, res: Response) => {
  res.json(branches.all());
});

// ok: javascript-express-admin-route-unprotected
router.delete("/users/:id", (req: Request, res: Response) => {
  users.remove(req.params.id).then(() => res.sendStatus(204));
});

export default router;
