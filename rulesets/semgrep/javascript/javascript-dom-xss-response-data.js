// Back-office screens of the loan portal: lists filled from the JSON API.

function loadApplicants(table) {
  const xhr = new XMLHttpRequest();
  xhr.onreadystatechange = function () {
    if (xhr.readyState === 4 && xhr.status === 200) {
      const list = JSON.parse(xhr.responseText);
      for (const a of list.applicants) {
        const cell = table.insertRow().insertCell(0);
        // ruleid: javascript-dom-xss-response-data
        cell.innerHTML = a.fullName;
        const count = table.insertRow().insertCell(0);
        // ok: javascript-dom-xss-response-data
        count.innerHTML = Number(a.loans);
        const mail = table.insertRow().insertCell(0);
        // ok: javascript-dom-xss-response-data
        mail.textContent = a.email;
      }
    }
  };
  xhr.open('GET', '/api/applicants');
  xhr.send();
}

async function showComments(box) {
  const res = await fetch('/api/comments');
  const comments = await res.json();
  // ruleid: javascript-dom-xss-response-data
  box.innerHTML = comments.map((c) => `<p><b>${c.author}</b> ${c.text}</p>`).join('');
}

async function showCommentsSafely(box) {
  const res = await fetch('/api/comments');
  const comments = await res.json();
  // ok: javascript-dom-xss-response-data
  box.innerHTML = DOMPurify.sanitize(comments.map((c) => `<p>${c.text}</p>`).join(''));
}

function showBranches() {
  $.getJSON('/api/branches', function (data) {
    // jQuery results are not sources (servers often send escaped HTML fragments): a known gap
    // todoruleid: javascript-dom-xss-response-data
    $('#branches').html('<li>' + data.name + '</li>');
    // ok: javascript-dom-xss-response-data
    $('#branch-city').text(data.city);
  });
}

async function showOfficer(panel) {
  const resp = await axios.get('/api/officer');
  // ruleid: javascript-dom-xss-response-data
  panel.insertAdjacentHTML('beforeend', `<span>${resp.data.name}</span>`);
}

function showStaticHelp(panel) {
  // ok: javascript-dom-xss-response-data
  panel.innerHTML = '<p>Enter the amount and the term.</p>';
}

async function showRepaymentNotes(panel) {
  const notes = await (await fetch('/api/loan/notes')).json();
  // ok: javascript-dom-xss-response-data
  panel.innerHTML = notes.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const esc = notes.officer.replace(/</g, '&lt;');
  // ok: javascript-dom-xss-response-data
  panel.insertAdjacentHTML('beforeend', '<em>' + esc + '</em>');
  // ruleid: javascript-dom-xss-response-data
  panel.innerHTML += notes.comment.replace(/\n/g, '<br>');
}
