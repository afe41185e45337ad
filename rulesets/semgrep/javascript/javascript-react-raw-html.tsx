import DOMPurify from "dompurify";
import { marked } from "marked";

type Note = { id: number; author: string; body: string };

// A value from the server (a stored note, an audit entry, a profile field) inserted as HTML
export function NotesTable({ notes }: { notes: Note[] }) {
  return (
    <table>
      <tbody>
        {notes.map((note) => {
          // ruleid: javascript-react-raw-html
          const cell = <td dangerouslySetInnerHTML={{ __html: note.body }} />;
          return (
            <tr key={note.id}>
              <td>{note.author}</td>
              {cell}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function Terms({ html }: { html: string }) {
  return (
    // ruleid: javascript-react-raw-html
    <section className="terms" dangerouslySetInnerHTML={{ __html: html }}></section>
  );
}

export function Preview({ markdown }: { markdown: string }) {
  // ruleid: javascript-react-raw-html
  return <article dangerouslySetInnerHTML={{ __html: marked.parse(markdown) as string }} />;
}

export function Greeting({ name }: { name: string }) {
  // ruleid: javascript-react-raw-html
  return <p dangerouslySetInnerHTML={{ __html: `Hello, <b>${name}</b>` }} />;
}

export function CleanNote({ note }: { note: Note }) {
  // ok: javascript-react-raw-html
  return <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(note.body) }} />;
}

export function CleanedFirst({ note }: { note: Note }) {
  const clean = DOMPurify.sanitize(note.body);
  // ok: javascript-react-raw-html
  return <div dangerouslySetInnerHTML={{ __html: clean }} />;
}

export function Fixed() {
  // ok: javascript-react-raw-html
  return <span dangerouslySetInnerHTML={{ __html: "&nbsp;&ndash;&nbsp;" }} />;
}

export function FixedTemplate() {
  // ok: javascript-react-raw-html
  return <span dangerouslySetInnerHTML={{ __html: `<br/>` }} />;
}

export function Text({ note }: { note: Note }) {
  // ok: javascript-react-raw-html
  return <div>{note.body}</div>;
}

// the same props written without JSX (React.createElement, the automatic runtime's jsx())
export function Compiled({ note }: { note: Note }) {
  // ruleid: javascript-react-raw-html
  return React.createElement("div", { className: "note", dangerouslySetInnerHTML: { __html: note.body } });
}

export function CompiledFixed() {
  // ok: javascript-react-raw-html
  return React.createElement("span", { dangerouslySetInnerHTML: { __html: "&copy; 2024" } });
}
