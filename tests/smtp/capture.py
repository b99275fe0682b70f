"""A real SMTP server for the tests: accepts every message and writes it, as received, to <dir>/<n>.eml.

Like a real relay it refuses some recipients at RCPT: any address at rejected.test for good (550, a bounce), any at
busy.test for now (451, try later), so that the tests can see both answers.

Usage: python3 capture.py <port> <dir>. Needs aiosmtpd (Debian: python3-aiosmtpd; test.sh installs it).
"""
import asyncio
import itertools
import os
import sys

from aiosmtpd.controller import Controller


class Capture:
    def __init__(self, directory):
        self.directory = directory
        self.counter = itertools.count(1)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        domain = address.rsplit("@", 1)[-1].lower()
        if domain == "rejected.test":
            return f"550 5.1.1 <{address}>: Recipient address rejected: mailbox unavailable"
        if domain == "busy.test":
            return f"451 4.2.1 <{address}>: Mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        path = os.path.join(self.directory, f"{next(self.counter):05d}.eml")
        with open(path + ".tmp", "wb") as f:
            f.write(b"X-Envelope-To: " + ", ".join(envelope.rcpt_tos).encode() + b"\r\n")
            f.write(envelope.original_content)
        os.replace(path + ".tmp", path)  # Readers never see half a message.
        return "250 Message accepted for delivery"


def main():
    port, directory = int(sys.argv[1]), sys.argv[2]
    os.makedirs(directory, exist_ok=True)
    controller = Controller(Capture(directory), hostname="127.0.0.1", port=port)
    controller.start()
    print(f"listening on 127.0.0.1:{port}", flush=True)
    try:
        asyncio.get_event_loop().run_forever()
    except KeyboardInterrupt:
        pass
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
