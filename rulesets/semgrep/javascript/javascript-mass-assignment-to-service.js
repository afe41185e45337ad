const express = require("express");

const router = express.Router();

router.put("/clients/:id", async (req, res) => {
  const changes = req.body;
  // ruleid: javascript-mass-assignment-to-service
  const client = await clientService.updateClient(req.params.id, changes);
  res.json(client);
});

router.post("/applications", async (req, res) => {
  // ruleid: javascript-mass-assignment-to-service
  const created = await applicationService.createApplication(req.body);
  res.status(201).json(created);
});

router.post("/members", async (req, res) => {
  const { password, ...profile } = req.body;
  // ruleid: javascript-mass-assignment-to-service
  await registerMember(profile, await hashPassword(password));
  res.sendStatus(201);
});

router.patch("/branches", async (req, res) => {
  // ruleid: javascript-mass-assignment-to-service
  await branches.bulkUpdateBranches(req.body.ids, req.body);
  res.sendStatus(204);
});

router.post("/applications/:id/notes", async (req, res) => {
  const { text } = req.body;
  // ok: javascript-mass-assignment-to-service
  await notesService.createNote(req.params.id, { text, authorId: req.user.id });
  // ok: javascript-mass-assignment-to-service
  await notesService.createNote(req.params.id, req.body.text);
  const input = noteSchema.parse(req.body);
  // ok: javascript-mass-assignment-to-service
  await notesService.createNote(req.params.id, input);
  res.sendStatus(201);
});

router.get("/clients", async (req, res) => {
  // a look-up, not a write
  // ok: javascript-mass-assignment-to-service
  res.json(await clientService.findClients(req.query));
});

router.post("/loans", async (req, res) => {
  // a model's own create is javascript-mass-assignment's finding, not this rule's
  // ok: javascript-mass-assignment-to-service
  res.json(await Loan.create(req.body));
});

router.post("/audit", async (req, res) => {
  // a name that only begins like a write (an "updated" event) is not one
  // ok: javascript-mass-assignment-to-service
  await events.updatedHook(req.body);
  res.sendStatus(202);
});

router.post("/password/reset", async (req, res) => {
  // fields destructured from the body or an empty default are fields, like req.body.field
  const { newPassword, token } = req.body || {};
  // ok: javascript-mass-assignment-to-service
  await accounts.updatePassword(token, newPassword);
  const { ...rest } = req.body ?? {};
  // ruleid: javascript-mass-assignment-to-service
  await accounts.updateSettings(token, rest);
  res.sendStatus(204);
});
