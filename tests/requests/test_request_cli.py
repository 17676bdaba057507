import datetime as dt
import json

from rekisteri.cli import main
from rekisteri.core.requests.dto import RequestInput


def test_access_pack_command_writes_three_files(demo_register, db_arg, tmp_path, capsys):
    contact_id = (
        demo_register.get_customer(demo_register.list_customers().rows[0].id).contacts[0].id
    )
    out = tmp_path / "pack"
    rc = main(["--db", db_arg, "access-pack", "--contact", str(contact_id), str(out)])
    assert rc == 0
    names = sorted(p.suffix for p in out.iterdir())
    assert names == [".csv", ".json", ".pdf"]
    data = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert data["person"]["contact_id"] == contact_id


def test_requests_list_command(register, db_arg, capsys):
    register.requests.log(
        RequestInput(
            kind="erasure", person_name="Matti Meikäläinen", received_on=dt.date(2026, 10, 1)
        )
    )
    assert main(["--db", db_arg, "requests", "--list"]) == 0
    out = capsys.readouterr().out
    # Received 1.10.: the month ends on Sunday 1.11., so the request is due Monday 2.11.
    assert "OVERDUE" in out and "due 2 Nov 2026" in out and "1 open, 1 overdue" in out
