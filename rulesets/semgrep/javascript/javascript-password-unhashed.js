const bcrypt = require("bcryptjs");
const express = require("express");
const User = require("../models/user");
const router = express.Router();

router.post("/register", async (request, response) => {
  const username = request.body.username;
  let password = request.body.password;
  // ruleid: javascript-password-unhashed
  const user = new User({ username, password });
  await user.save();
  response.json(user);
});

router.post("/login", async (request, response) => {
  const password = request.body.password;
  const user = await User.findOne({ username: request.body.username });
  // ruleid: javascript-password-unhashed
  const passwordCorrect = password === user.password;
  response.json({ ok: passwordCorrect });
});

router.post("/login2", async (req, res) => {
  const { username, password } = req.body;
  // ruleid: javascript-password-unhashed
  const user = await User.findOne({ username, password });
  res.json(user);
});

async function registerRoute(req, res) {
  const { username, password } = await req.body;
  const hash = bcrypt.hashSync(password, 10);
  // ruleid: javascript-password-unhashed
  const newUser = await prisma.user.create({
    data: { name: username, password },
  });
  res.json(newUser);
}

async function loginRoute(req, res) {
  const { username, password } = await req.body;
  // ruleid: javascript-password-unhashed
  const userRes = await prisma.user.findFirst({ where: { name: username, password: password } });
  res.json(userRes);
}

router.post("/register-ok", async (req, res) => {
  const { username, password } = req.body;
  const passwordHash = await bcrypt.hash(password, 12);
  // ok: javascript-password-unhashed
  const user = new User({ username, password: passwordHash });
  // ok: javascript-password-unhashed
  await prisma.user.create({ data: { name: username, password: passwordHash } });
  res.json(user);
});

router.post("/register-rehashed", async (req, res) => {
  let password = req.body.password;
  password = await bcrypt.hash(password, 12);
  // ok: javascript-password-unhashed
  const user = new User({ username: req.body.username, password });
  res.json(user);
});

router.post("/login-ok", async (req, res) => {
  const { username, password } = req.body;
  const user = await User.findOne({ username });
  // ok: javascript-password-unhashed
  const ok = user && (await bcrypt.compare(password, user.password));
  res.json({ ok });
});

function connect(config) {
  const password = config.password;
  // ok: javascript-password-unhashed
  return new Client({ host: config.host, user: config.user, password });
}
