from rekisteri.core.dto import ContactInput, CustomerInput


def test_create_and_list(register):
    c = register.create_customer(
        CustomerInput(
            name="Pro Synthesis Oy",
            business_id="2468114-6",
            contacts=(
                ContactInput(
                    first_name="Hanne",
                    last_name="Luomajoki",
                    emails=("hanne@example.fi",),
                    phones=("050-570 4969",),
                ),
            ),
        )
    )
    assert c.contacts[0].phones == ("+358505704969",)
    page = register.list_customers()
    assert page.total == 1 and page.rows[0].primary_email == "hanne@example.fi"
