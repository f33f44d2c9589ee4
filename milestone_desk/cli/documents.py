"""Document commands: pdf, email, outbox (and smtp, to set the mail server)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from milestone_desk.cli.common import add_file, open_reading, open_writing, output_file
from milestone_desk.domain.errors import BadInput, BooksError
from milestone_desk.services.billing import documents, pdf_pool
from milestone_desk.services.mailing import outbox
from milestone_desk.services.mailing.mail_settings import SECURITY, SmtpConfig, get_smtp, save_smtp
from milestone_desk.services.records import filesafety


def _write(path: Path, data: bytes, force: bool = False) -> None:
    """Write a file whole or not at all, never over books, a backup or a device (the output rule)."""
    filesafety.write_output(path, data, force=force)


def _pdf(args: argparse.Namespace) -> int:
    out = Path(args.output) if args.all else output_file(args.output, "invoice.pdf", force=args.force)
    with open_reading(args.file) as books:
        if args.all:
            if out.exists() and not out.is_dir():
                raise BadInput(f"{out} is a file; --all needs a folder.")
            start = time.perf_counter()
            try:
                count = sum(1 for _ in pdf_pool.write_all(books, out, force=args.force))
            except OSError as exc:
                raise BooksError(f"Cannot write into {out}: {exc.strerror or exc}.") from exc
            spent = max(time.perf_counter() - start, 1e-9)
            print(
                f"Wrote {count} documents to {out} in {spent:.2f} s ({count / spent:.0f} documents/second).",
                file=sys.stderr,
            )
            return 0
        if args.invoice:
            data = documents.invoice_pdf(books, args.invoice, paid=args.paid_stamp)
        elif args.credit:
            from milestone_desk.services.billing.credit_documents import credit_note_pdf

            data = credit_note_pdf(books, args.credit)
        else:
            data = documents.receipt_pdf(books, args.receipt)
    _write(out, data, args.force)
    print(out)
    return 0


def _print(args: argparse.Namespace) -> int:
    from milestone_desk.services.billing import printing

    if args.pdf:
        path = Path(args.pdf)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise BadInput(f"Cannot read {path}: {exc.strerror or exc}.") from exc
        if not data.startswith(b"%PDF-"):
            raise BadInput(f"{path} is not a PDF file.")
        title = path.stem
    else:
        with open_reading(args.file) as books:
            if args.invoice:
                data = documents.invoice_pdf(books, args.invoice, paid=args.paid_stamp)
                title = f"Invoice {args.invoice}"
            elif args.credit:
                from milestone_desk.services.billing.credit_documents import credit_note_pdf

                data = credit_note_pdf(books, args.credit)
                title = f"Credit note {args.credit}"
            else:
                data = documents.receipt_pdf(books, args.receipt)
                title = f"Receipt {args.receipt}"
    job = printing.print_pdf(data, title=title, printer=args.printer or "", copies=args.copies)
    print(job.reply or f"Sent {title} to the printer.")
    return 0


def _email(args: argparse.Namespace) -> int:
    with open_writing(args.file) as books:
        mid = outbox.queue_invoice(books, args.invoice, args.to, args.subject)
        result = outbox.send_pending(books, [mid])[0][1]
    if result.accepted:
        print(f"Sent invoice {args.invoice} to {args.to} ({result.reply}).")
        return 0
    if result.transient:  # it waits in the outbox and goes with the next send: the command did its job
        print(f"queued: invoice {args.invoice} to {args.to} waits in the outbox.")
        print(result.reason, file=sys.stderr)
        return 0
    tail = " The email is kept in the outbox as failed; fix the problem and retry it."
    print(f"{result.reason}{tail}", file=sys.stderr)
    return 1


def _outbox(args: argparse.Namespace) -> int:
    with open_writing(args.file) as books:
        if args.send:
            results = outbox.send_pending(books)
            for mid, r in results:
                print(f"{mid}\t{'sent' if r.accepted else 'not sent'}\t{r.reply if r.accepted else r.reason}")
            unsent = sum(1 for _mid, r in results if not r.accepted)
            if unsent:
                print(f"{unsent} of {len(results)} messages were not sent.", file=sys.stderr)
                return 1
            return 0
        rows = outbox.list_outbox(books)
    print("id\tstate\tto\tdocument\tattempts\twhen\tdetail")
    for m in rows:
        when = m.sent_at or m.last_attempt_at or m.created_at
        detail = m.server_reply if m.state == "sent" else m.reason
        print(
            f"{m.id}\t{m.state}\t{m.recipient}\t{m.document}\t{m.attempts}\t{when:%Y-%m-%d %H:%M}\t{detail}"
        )
    return 0


def _smtp(args: argparse.Namespace) -> int:
    with open_writing(args.file) as books:
        cur = get_smtp(books)
        changed = SmtpConfig(
            host=cur.host if args.host is None else args.host,
            port=cur.port if args.port is None else args.port,
            security=cur.security if args.security is None else args.security,
            username=cur.username if args.user is None else args.user,
            from_address=cur.from_address if args.sender is None else args.sender,
            timeout_seconds=cur.timeout_seconds if args.timeout is None else args.timeout,
        )
        if changed != cur:
            cur = save_smtp(books, changed)
    print(
        f"host={cur.host} port={cur.port} security={cur.security} user={cur.username} "
        f"from={cur.from_address} timeout={cur.timeout_seconds}"
    )
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "pdf", help="write the PDF of an invoice, a receipt, a credit note, or all issued documents"
    )
    add_file(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--invoice", metavar="NO", help="invoice number")
    which.add_argument("--receipt", metavar="NO", help="receipt number")
    which.add_argument("--credit", metavar="NO", help="credit note number (CN-…)")
    which.add_argument(
        "--all", action="store_true", help="every issued invoice, receipt and credit note (-o is a folder)"
    )
    p.add_argument("-o", "--output", metavar="OUT", required=True, help="output PDF (or folder with --all)")
    p.add_argument(
        "--paid-stamp",
        action="store_true",
        help="a paid invoice with a PAID stamp listing its receipts (a void invoice is always stamped VOID)",
    )
    p.set_defaults(handler=_pdf)

    p = sub.add_parser(
        "print",
        help="send a document's PDF itself to a printer (CUPS lp: vector, its own paper size, no scaling)",
    )
    add_file(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--invoice", metavar="NO", help="invoice number")
    which.add_argument("--receipt", metavar="NO", help="receipt number")
    which.add_argument("--credit", metavar="NO", help="credit note number (CN-…)")
    which.add_argument(
        "--pdf", metavar="FILE.pdf", help="a PDF another command wrote (statement, pay application, waiver …)"
    )
    p.add_argument("--printer", metavar="NAME", help="the printer (default: the system's default printer)")
    p.add_argument("--copies", type=int, default=1, metavar="N")
    p.add_argument("--paid-stamp", action="store_true", help="a paid invoice with its PAID stamp")
    p.set_defaults(handler=_print)

    p = sub.add_parser("email", help="email an invoice through the company's mail server (via the outbox)")
    add_file(p)
    p.add_argument("--invoice", metavar="NO", required=True, help="invoice number")
    p.add_argument("--to", metavar="ADDRESS", required=True, help="recipient email address")
    p.add_argument("--subject", help="subject line (default: Invoice NO from COMPANY)")
    p.set_defaults(handler=_email)

    p = sub.add_parser("outbox", help="list the outbox, or --send what is waiting")
    add_file(p)
    p.add_argument("--send", action="store_true", help="try to send every queued message now")
    p.set_defaults(handler=_outbox)

    p = sub.add_parser("smtp", help="show or change the mail server settings (password: keyring or env)")
    add_file(p)
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.add_argument("--security", choices=SECURITY)
    p.add_argument("--user")
    p.add_argument("--from", dest="sender", metavar="ADDRESS")
    p.add_argument("--timeout", type=int, metavar="SECONDS")
    p.set_defaults(handler=_smtp)
