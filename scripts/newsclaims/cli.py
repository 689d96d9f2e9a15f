import typer
app = typer.Typer()
@app.command()
def build(): pass
